namespace KisTrader.GrainInterfaces;

/// <summary>Where a position stands.</summary>
[GenerateSerializer, Alias("KisTrader.PositionStatus")]
public enum PositionStatus
{
    /// <summary>No entry yet.</summary>
    None = 0,

    /// <summary>The buy is placed; nothing filled yet.</summary>
    Entering = 1,

    /// <summary>Shares held (the buy may still be filling).</summary>
    Open = 2,

    /// <summary>Flat after at least one fill: the trade result is journaled.</summary>
    Closed = 3,

    /// <summary>The buy ended with nothing filled (rejected, expired, cancelled): no position.</summary>
    Abandoned = 4,
}
