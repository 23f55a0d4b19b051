namespace KisTrader.GrainInterfaces;

/// <summary>One symbol's decision at a checkpoint (data only; the front ends word it).</summary>
/// <param name="Code">6-digit code.</param>
/// <param name="Rank">Rank in its screen.</param>
/// <param name="Action">"Buy", "Hold", "Drop", "NoData", "AlreadyBought" or "ZeroQuantity".</param>
/// <param name="Close">The day's close.</param>
/// <param name="Observed">The observed after-hours price, or null.</param>
/// <param name="Source">"Match" or "Indicative", or null.</param>
/// <param name="Feed">Where the price came from: "Feed" (realtime) or "Rest" (inquire-overtime-price), or null.</param>
/// <param name="Change">(observed − close) ÷ close, or null.</param>
/// <param name="Threshold">The threshold in force.</param>
/// <param name="OrderPrice">For a buy or a zero-quantity signal, the limit price (ORD_DVSN 07); otherwise null.</param>
/// <param name="Quantity">For a buy, the shares; otherwise 0.</param>
/// <param name="PriceCapped">True when the price was capped at the after-hours upper limit.</param>
/// <param name="Replacement">For a drop, the backup promoted in its place.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AfterHoursDecisionView")]
public sealed record AfterHoursDecisionView(
    [property: Id(0)] string Code,
    [property: Id(1)] int Rank,
    [property: Id(2)] string Action,
    [property: Id(3)] decimal Close,
    [property: Id(4)] decimal? Observed,
    [property: Id(5)] string? Source,
    [property: Id(6)] string? Feed,
    [property: Id(7)] decimal? Change,
    [property: Id(8)] decimal Threshold,
    [property: Id(9)] decimal? OrderPrice,
    [property: Id(10)] long Quantity,
    [property: Id(11)] bool PriceCapped,
    [property: Id(12)] string? Replacement);
