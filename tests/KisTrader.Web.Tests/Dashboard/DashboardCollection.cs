namespace KisTrader.Web.Tests.Dashboard;

/// <summary>The browser tests: their own cluster (the clock moves to the close) and one front end on a socket.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
