namespace KisTrader.Grains.Tests.Kis;

/// <summary>The token, budget and account tests share one silo, database and simulator (cold starts cost seconds).</summary>
[CollectionDefinition(Name)]
public sealed class KisClusterCollection : ICollectionFixture<KisClusterFixture>
{
    public const string Name = "KisCluster";
}
