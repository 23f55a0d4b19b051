using System.Collections.Immutable;
using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Portfolio;

/// <summary>
/// The after-hours board as the dashboard shows it: one row per watched symbol (close, the last observed price and its
/// change, the threshold in force, every checkpoint's result) and the board's budget, threshold and checkpoints.
/// </summary>
public sealed record AfterHoursBoard(
    DateOnly TradingDate, bool Started, bool Ended, decimal Budget, decimal Committed, decimal Threshold,
    TimeOnly? LastCheckpoint, string Research, ImmutableArray<AfterHoursBoardRow> Symbols, ImmutableArray<AfterHoursCheckpointView> Checkpoints)
{
    /// <summary>The board of a grain's view.</summary>
    public static AfterHoursBoard From(AfterHoursView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rows = view.Symbols.Select(s =>
        {
            var results = view.Checkpoints
                .SelectMany(c => c.Decisions.Where(d => d.Code == s.Code).Select(d => new AfterHoursBoardResult(c.Checkpoint, d.Action, d.Observed, d.Change, d.Threshold, d.OrderPrice, d.Quantity)))
                .ToImmutableArray();
            var last = results.LastOrDefault(r => r.Observed is not null);
            return new AfterHoursBoardRow(s.Code, s.Name, s.Rank, s.Round, s.IsBackup, s.Status, s.Close, last?.Observed, last?.Change,
                view.Threshold, s.Allocation, s.BuyCheckpoint, s.BuyPrice, s.BuyQuantity, s.Replaces, results);
        }).ToImmutableArray();
        return new AfterHoursBoard(view.TradingDate, view.Started, view.Ended, view.Budget, view.Committed, view.Threshold,
            view.LastCheckpoint, view.Research, rows, view.Checkpoints);
    }
}

/// <summary>One watched symbol on the board.</summary>
public sealed record AfterHoursBoardRow(
    string Code, string Name, int Rank, int Round, bool IsBackup, string Status, decimal Close, decimal? Observed, decimal? Change,
    decimal Threshold, decimal Allocation, TimeOnly? BuyCheckpoint, decimal? BuyPrice, long BuyQuantity, string? Replaces,
    ImmutableArray<AfterHoursBoardResult> Results);

/// <summary>A symbol's result at one checkpoint.</summary>
public sealed record AfterHoursBoardResult(TimeOnly Checkpoint, string Action, decimal? Observed, decimal? Change, decimal Threshold, decimal? OrderPrice, long Quantity);
