using KisTrader.Trading.Exits;

namespace KisTrader.Grains.Storage.Positions;

/// <summary>One exit decision as <c>journal.exits</c> keeps it: the sell order a rule (or a flatten) placed.</summary>
/// <param name="PositionKey">The position key.</param>
/// <param name="ClientOrderId">The sell order's client id (the row's identity).</param>
/// <param name="DecidedAt">When the rule decided.</param>
/// <param name="Reason">The exit rule (C# name, e.g. FlatRangeExit).</param>
/// <param name="Window">The window it was decided in (C# name of <see cref="ExitWindow"/>).</param>
/// <param name="Return">The return r it was decided on, or null when no price was known (a flatten or a forced market exit).</param>
/// <param name="Quantity">Shares ordered.</param>
/// <param name="LimitPrice">The limit, or null for a market order.</param>
public sealed record ExitRecord(
    string PositionKey,
    string ClientOrderId,
    DateTimeOffset DecidedAt,
    ExitReason Reason,
    ExitWindow Window,
    decimal? Return,
    long Quantity,
    decimal? LimitPrice);
