namespace KisTrader.Web.Tests.Fuzz;

/// <summary>The fuzz tests, one after the other on their own cluster (<see cref="FuzzCluster"/>).</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzCluster>
{
    public const string Name = "fuzz cluster";
}
