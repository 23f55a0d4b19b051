namespace KisTrader.Grains.Tests.Screening;

/// <summary>Tests sharing one simulator (starting one per class would cost seconds each).</summary>
[CollectionDefinition(Name)]
public sealed class SimMarketCollection : ICollectionFixture<SimMarketFixture>
{
    public const string Name = "sim-market";
}
