namespace KisTrader.Grains.Realtime;

/// <summary>Persisted state of <see cref="RealtimeGrain"/> (state name and alias are stored: do not rename): the subscription table (who holds which kind of which symbol).</summary>
[GenerateSerializer, Alias("KisTrader.MarketDataState")]
internal sealed class MarketDataState
{
    [Id(0)]
    public List<MarketDataEntry> Entries { get; set; } = [];
}
