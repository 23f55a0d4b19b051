namespace KisTrader.Grains.Tests.Risk;

/// <summary>The risk tests share one simulator and one database; each cluster has its own app key, hence its own account.</summary>
[CollectionDefinition(Name)]
public sealed class RiskCollection : ICollectionFixture<RiskFixture>
{
    public const string Name = "risk";
}
