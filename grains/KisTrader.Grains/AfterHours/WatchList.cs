using KisTrader.GrainInterfaces;
using KisTrader.Trading.AfterHours;

namespace KisTrader.Grains.AfterHours;

/// <summary>The watch entries of a screen view (selected with their allocations, then backups), with name and score.</summary>
internal static class WatchList
{
    public static List<(WatchEntry Entry, string Name, decimal Score)> From(ScreenView screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var byCode = screen.Candidates.ToDictionary(c => c.Code, StringComparer.Ordinal);
        return [.. screen.Selected.Select(code => Entry(byCode[code], false, screen.Allocations.GetValueOrDefault(code)))
            .Concat(screen.Backups.Select(code => Entry(byCode[code], true, 0m)))];
    }

    // A screen persisted before the previous close was kept has 0: the close stands in (the ±10% band then caps alone).
    private static (WatchEntry, string, decimal) Entry(ScreenCandidateView c, bool backup, decimal amount) =>
        (new WatchEntry(c.Code, c.Rank, c.Close, c.PreviousClose > 0m ? c.PreviousClose : c.Close, backup, amount), c.Name, c.Score);
}
