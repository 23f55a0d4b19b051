namespace KisTrader.GrainInterfaces;

/// <summary>
/// Builds every Orleans stream id in one place (beside <see cref="GrainKeys"/>): producers, grain consumers and the
/// front ends' relays address the same streams only through these methods, never with ad-hoc namespaces and keys.
/// </summary>
public static class StreamIds
{
    /// <summary>Market data of one listing (<c>ticks/005930</c>): trades, books, after-hours prices.</summary>
    public static StreamId Ticks(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return StreamId.Create(ProviderNames.TicksNamespace, symbol);
    }

    /// <summary>Every grain's state changes as <see cref="TradingEvent"/> (<c>events/all</c>), each already journaled.</summary>
    public static StreamId Events() => StreamId.Create(ProviderNames.EventsNamespace, TradingEvent.StreamKey);

    /// <summary>
    /// The broker's fill notices (체결통보) of one account (<c>fills/&lt;account key&gt;</c>), in the order they arrived,
    /// never dropped. The key is the account's grain key (never a full account number in clear).
    /// </summary>
    public static StreamId Fills(string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        return StreamId.Create(ProviderNames.FillsNamespace, accountKey);
    }
}
