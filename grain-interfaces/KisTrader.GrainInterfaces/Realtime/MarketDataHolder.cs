namespace KisTrader.GrainInterfaces;

/// <summary>One owner's hold on a registration.</summary>
/// <param name="Owner">Who holds it.</param>
/// <param name="Priority">At which priority.</param>
/// <param name="Since">When it subscribed (UTC, the silo's clock).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketDataHolder")]
public sealed record MarketDataHolder(
    [property: Id(0)] string Owner,
    [property: Id(1)] MarketDataPriority Priority,
    [property: Id(2)] DateTimeOffset Since);
