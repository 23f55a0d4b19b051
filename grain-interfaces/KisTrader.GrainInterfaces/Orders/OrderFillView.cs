namespace KisTrader.GrainInterfaces;

/// <summary>One execution counted by an order, once, whether it came from the fills stream or the executions poll.</summary>
/// <param name="FillKey">The broker-side identity the fill is de-duplicated by (journal <c>broker_fill_key</c>).</param>
/// <param name="Quantity">Shares executed.</param>
/// <param name="Price">Execution price (KRW).</param>
/// <param name="At">When it executed.</param>
/// <param name="FromPolling">True when the daily-executions poll found it first, false when the 체결통보 did.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.OrderFillView")]
public sealed record OrderFillView(
    [property: Id(0)] string FillKey,
    [property: Id(1)] long Quantity,
    [property: Id(2)] decimal Price,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] bool FromPolling);
