namespace KisTrader.Grains.Storage;

/// <summary>What started a screening run.</summary>
public enum ScreeningTrigger
{
    /// <summary>The 15:30 reminder on a trading day.</summary>
    Schedule,

    /// <summary>A user asked for a screen.</summary>
    Manual,

    /// <summary>A repeat of an earlier run (e.g. after a crash or on request).</summary>
    Rerun,

    /// <summary>The after-hours re-search (strategy.md §6).</summary>
    Research,
}
