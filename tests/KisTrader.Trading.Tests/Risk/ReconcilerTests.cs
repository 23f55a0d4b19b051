using KisTrader.Trading.Money;
using KisTrader.Trading.Risk;

namespace KisTrader.Trading.Tests.Risk;

public sealed class ReconcilerTests
{
    private static ReconciliationResult Compare(
        HeldShares[]? broker = null, OpenOrderRest[]? brokerOrders = null, HeldShares[]? ours = null, OpenOrderRest[]? ourOrders = null, string[]? ignored = null) =>
        Reconciler.Compare(broker ?? [], brokerOrders ?? [], ours ?? [], ourOrders ?? [], ignored ?? []);

    [Fact]
    public void Compare_BothEmpty_Clean()
    {
        var result = Compare();

        Assert.True(result.Clean);
        Assert.Null(result.Describe());
    }

    [Fact]
    public void Compare_SameHoldingsAndOrders_Clean() =>
        Assert.True(Compare(
            [new("005930", 10), new("000660", 0)],
            [new("035720", OrderSide.Buy, 5)],
            [new("005930", 4), new("005930", 6)],
            [new("035720", OrderSide.Buy, 5)]).Clean);

    [Fact]
    public void Compare_BrokerHoldingUnknownToUs_SpelledOut()
    {
        var result = Compare([new("005930", 10)]);

        var difference = Assert.Single(result.Differences);
        Assert.Equal(new ReconciliationDifference("005930", ReconciliationItem.Holding, 0, 0, 10), difference);
        Assert.Equal("005930 holding: ours 0, broker's 10", result.Describe());
    }

    [Fact]
    public void Compare_OurPositionMissingAtTheBroker_SpelledOut() =>
        Assert.Equal("000660 holding: ours 7, broker's 0", Compare(ours: [new("000660", 7)]).Describe());

    [Fact]
    public void Compare_QuantityOffByOne_IsADifference() =>
        Assert.Equal("005930 holding: ours 9, broker's 10", Compare([new("005930", 10)], ours: [new("005930", 9)]).Describe());

    [Fact]
    public void Compare_SoldHoldingListedWithZero_NoDifference() =>
        Assert.True(Compare([new("005930", 0)]).Clean);

    [Fact]
    public void Compare_UnknownOpenOrderAndMissingOpenOrder_BothSpelled()
    {
        var result = Compare(
            brokerOrders: [new("005930", OrderSide.Sell, 3)],
            ourOrders: [new("000660", OrderSide.Buy, 2)]);

        Assert.Equal("000660 open buys: ours 2, broker's 0; 005930 open sells: ours 0, broker's 3", result.Describe());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(8, true)]
    [InlineData(9, false)]
    public void Compare_UncertainOrders_ExplainBetweenNoneAndAll(long brokerRest, bool clean)
    {
        var result = Compare(
            brokerOrders: brokerRest == 0 ? [] : [new("005930", OrderSide.Buy, brokerRest)],
            ourOrders: [new("005930", OrderSide.Buy, 5), new("005930", OrderSide.Buy, 3, Certain: false)]);

        Assert.Equal(clean && brokerRest >= 5, result.Clean);
        if (brokerRest == 0)
        {
            Assert.Equal("005930 open buys: ours 5–8, broker's 0", result.Describe());
        }
    }

    [Fact]
    public void Compare_SidesAreKeptApart() =>
        Assert.Equal(
            "005930 open buys: ours 0, broker's 4; 005930 open sells: ours 4, broker's 0",
            Compare(brokerOrders: [new("005930", OrderSide.Buy, 4)], ourOrders: [new("005930", OrderSide.Sell, 4)]).Describe());

    [Fact]
    public void Compare_IgnoredSymbol_LeftOut() =>
        Assert.True(Compare([new("005930", 100)], [new("005930", OrderSide.Sell, 10)], ignored: ["005930"]).Clean);

    [Fact]
    public void Compare_Differences_SortedBySymbolThenItem() =>
        Assert.Equal(
            ["000660", "005930", "005930"],
            Compare([new("005930", 1), new("000660", 1)], [new("005930", OrderSide.Buy, 1)]).Differences.Select(d => d.Symbol));
}
