using System.Globalization;
using KisTrader.Trading.Exits;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The words of an exit's window (the <c>Reason</c> of an ExitPlaced position change: an <see cref="ExitWindow"/>
/// name): the window as strategy.md §7 names it, by its default base KST times ("09:00–13:00 window"), never a bare enum
/// name such as "Morning" (a stop at 12:49 is in the 09:00–13:00 window, which "Morning" misstates). On a special-schedule
/// day every window shifts by the day's offset; the wording keeps the base times the rules are configured in.
/// </summary>
internal static class ExitWindowWording
{
    private static readonly ExitOptions Base = new();

    public static string Word(string? window) => Enum.TryParse<ExitWindow>(window, ignoreCase: false, out var w) && Enum.IsDefined(w)
        ? Word(w)
        : window ?? "window unknown";

    public static string Word(ExitWindow window) => window switch
    {
        ExitWindow.BeforeOpen => string.Create(CultureInfo.InvariantCulture, $"before the {Base.MorningStart:HH:mm} open"),
        ExitWindow.Morning => Span(Base.MorningStart, Base.AfternoonStart, "window"),
        ExitWindow.Afternoon => Span(Base.AfternoonStart, Base.PreCloseStart, "window"),
        ExitWindow.PreClose => Span(Base.PreCloseStart, Base.ForcedExitStart, "window"),
        ExitWindow.ClosingAuction => Span(Base.ForcedExitStart, Base.MarketClose, "closing auction"),
        _ => string.Create(CultureInfo.InvariantCulture, $"after the {Base.MarketClose:HH:mm} close"),
    };

    private static string Span(TimeOnly from, TimeOnly to, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{from:HH:mm}–{to:HH:mm} {what}");
}
