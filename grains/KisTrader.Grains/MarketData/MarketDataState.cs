namespace KisTrader.Grains.MarketData;

/// <summary>Persisted state of <see cref="MarketDataGrain"/>: the subscription table (who holds which kind of which symbol).</summary>
[GenerateSerializer, Alias("KisTrader.MarketDataState")]
internal sealed class MarketDataState
{
    [Id(0)]
    public List<MarketDataEntry> Entries { get; set; } = [];
}
