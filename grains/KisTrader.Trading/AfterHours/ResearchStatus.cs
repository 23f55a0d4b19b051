namespace KisTrader.Trading.AfterHours;

/// <summary>Progress of the session's one re-search (strategy.md §6).</summary>
public enum ResearchStatus
{
    /// <summary>Not (yet) needed.</summary>
    NotRequested,

    /// <summary>Requested by a checkpoint; waiting for the re-screened symbols.</summary>
    Requested,

    /// <summary>The re-screened symbols were merged into the watch list.</summary>
    Completed,
}
