namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// The market-data and symbol tests share one silo, simulator and database (cold starts cost seconds). They run one
/// after another: the market-data grain is the cluster's singleton, so each test releases what it subscribed.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MarketDataCollection : ICollectionFixture<MarketDataFixture>
{
    public const string Name = "MarketData";
}
