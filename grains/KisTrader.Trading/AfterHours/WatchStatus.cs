namespace KisTrader.Trading.AfterHours;

/// <summary>Where a symbol stands on the session's watch list.</summary>
public enum WatchStatus
{
    /// <summary>Selected (or promoted, or re-searched) and evaluated at every checkpoint.</summary>
    Monitored,

    /// <summary>An unused backup, waiting to replace a dropped symbol.</summary>
    Backup,

    /// <summary>Dropped at a checkpoint (change at or below the drop trigger); never evaluated again.</summary>
    Dropped,

    /// <summary>A buy order was placed; never bought again this session.</summary>
    Bought,
}
