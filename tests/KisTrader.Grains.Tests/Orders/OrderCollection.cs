namespace KisTrader.Grains.Tests.Orders;

/// <summary>The order tests share one simulator and cluster at 10:00 KST (continuous session), one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class OrderCollection : ICollectionFixture<OrderFixture>
{
    public const string Name = "orders";
}
