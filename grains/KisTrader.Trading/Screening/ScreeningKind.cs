namespace KisTrader.Trading.Screening;

/// <summary>Which entry point produced a result.</summary>
public enum ScreeningKind
{
    /// <summary>The 15:30 screen with the dynamic adjustment of §4.</summary>
    Screen,

    /// <summary>The after-hours re-search (§6): one pass some relax levels looser over the cached features.</summary>
    Research,
}
