namespace KisTrader.GrainInterfaces;

/// <summary>
/// The names of the Orleans providers every silo registers (silo/KisTrader.Silo, <c>AddKisTraderSilo</c>) and that grains
/// and clients address: grain storage, the stream provider and its pub-sub store, and the stream namespaces. Changing a
/// value orphans the state or subscriptions stored under the old name.
/// </summary>
public static class ProviderNames
{
    /// <summary>Grain storage for <c>[PersistentState(stateName)]</c> without a storage name (Orleans' default name).</summary>
    public const string GrainStorage = "Default";

    /// <summary>The stream provider (memory streams: live fan-out, not durable; what must not be lost is also journaled).</summary>
    public const string Streams = "Streams";

    /// <summary>The storage of explicit stream subscriptions; Orleans looks it up by exactly this name.</summary>
    public const string PubSubStore = "PubSubStore";

    /// <summary>Stream namespace of market data; the stream key is the 6-digit symbol (<c>ticks/005930</c>).</summary>
    public const string TicksNamespace = "ticks";

    /// <summary>
    /// Stream namespace of state changes for the front ends. One key, <c>all</c> (<see cref="StreamIds.Events"/>): every
    /// grain's state changes as <see cref="TradingEvent"/>, each already in the journal with its sequence number.
    /// </summary>
    public const string EventsNamespace = "events";

    /// <summary>Stream namespace of the broker's fill notices; the key is the account's key (<see cref="StreamIds.Fills"/>).</summary>
    public const string FillsNamespace = "fills";
}
