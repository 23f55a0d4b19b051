using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// One owner's persisted hold on one kind of one symbol (or on the 체결통보 registration: kind
/// <see cref="MarketDataKinds.FillNotices"/>, empty symbol). The type alias is a stored name: do not rename it.
/// </summary>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketDataEntry")]
internal sealed record MarketDataEntry(
    [property: Id(0)] string Symbol,
    [property: Id(1)] MarketDataKinds Kind,
    [property: Id(2)] string Owner,
    [property: Id(3)] MarketDataPriority Priority,
    [property: Id(4)] DateTimeOffset Since)
{
    public (string Symbol, MarketDataKinds Kind, string Owner) Key => (Symbol, Kind, Owner);

    public bool Is(string symbol, MarketDataKinds kind, string owner) =>
        Kind == kind && string.Equals(Symbol, symbol, StringComparison.Ordinal) && string.Equals(Owner, owner, StringComparison.Ordinal);
}
