namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>The test classes that share one silo, simulator and front end.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebClusterFixture>
{
    public const string Name = "web cluster";
}
