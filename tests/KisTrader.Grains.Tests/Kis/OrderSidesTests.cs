using KisTrader.Grains.Kis;
using KisOrderSide = KisTrader.Kis.Models.OrderSide;
using TradingOrderSide = KisTrader.Trading.Money.OrderSide;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>The one mapping between the client's and the core's order side keeps buy a buy and sell a sell, both ways.</summary>
public sealed class OrderSidesTests
{
    [Theory]
    [InlineData(KisOrderSide.Buy, TradingOrderSide.Buy)]
    [InlineData(KisOrderSide.Sell, TradingOrderSide.Sell)]
    public void ToTrading_AndBack_KeepsTheSide(KisOrderSide kis, TradingOrderSide trading)
    {
        Assert.Equal(trading, kis.ToTrading());
        Assert.Equal(kis, trading.ToKis());
    }

    [Fact]
    public void ToTrading_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((KisOrderSide)0).ToTrading());

    [Fact]
    public void EveryCoreSide_HasAKisSide() =>
        Assert.All(Enum.GetValues<TradingOrderSide>(), side => Assert.Equal(side, side.ToKis().ToTrading()));
}
