using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Storage.Positions;

/// <summary>A position's current state as <c>journal.positions</c> keeps it (written when it opens, changes and closes).</summary>
/// <param name="PositionKey">The position key (entry date + code).</param>
/// <param name="AccountRef">The account's reference (its grain key, never the number).</param>
/// <param name="EntryDate">The Day-1 session date.</param>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="Quantity">Shares held.</param>
/// <param name="AveragePrice">Average buy price of the held shares (0 when flat).</param>
/// <param name="RealizedPnL">Net realized P&amp;L so far.</param>
/// <param name="Status">Open or Closed (the journal keeps no row for a position that never held shares).</param>
/// <param name="OpenedAt">The first buy fill.</param>
/// <param name="ClosedAt">The last sell fill once closed, else null.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record PositionRecord(
    string PositionKey,
    string AccountRef,
    DateOnly EntryDate,
    string Symbol,
    long Quantity,
    decimal AveragePrice,
    decimal RealizedPnL,
    PositionStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt);
