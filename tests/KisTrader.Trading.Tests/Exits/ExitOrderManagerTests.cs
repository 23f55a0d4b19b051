using KisTrader.Trading.Exits;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

public sealed class ExitOrderManagerTests
{
    private static ExitOrderManager Manager(ExitOptions? options = null, Calendar.TradingDaySchedule? schedule = null) =>
        new(options ?? new ExitOptions(), schedule ?? NormalDay);

    [Fact]
    public void Review_LimitOrderAfter29999Ms_Keeps()
    {
        var order = Order(ExitReason.StopLoss, At(10, 0));

        var review = Manager().Review(order, At(10, 0, 29, 999));

        Assert.Equal(ExitOrderAction.Keep, review.Action);
        Assert.Equal(At(10, 0, 30), review.NextReviewAt);
    }

    [Fact]
    public void Review_LimitOrderAfterThirtySeconds_CancelsAndReplacesTheRestAtMarket()
    {
        var order = Order(ExitReason.StopLoss, At(10, 0), quantity: 100, filled: 40);

        var review = Manager().Review(order, At(10, 0, 30));

        Assert.Equal(ExitOrderAction.CancelAndReplaceWithMarket, review.Action);
        Assert.Equal(60, review.Quantity);
        Assert.Null(review.NextReviewAt);
    }

    [Fact]
    public void Review_FullyFilled_Completed()
    {
        var review = Manager().Review(Order(ExitReason.TakeProfit, At(10, 0), 100, 100), At(10, 1));

        Assert.Equal(ExitOrderAction.Completed, review.Action);
        Assert.Equal(0, review.Quantity);
    }

    [Fact]
    public void Review_ForcedExitLimit_IsExemptFromThirtySeconds()
    {
        var review = Manager().Review(Order(ExitReason.ForcedExit, At(15, 20)), At(15, 20, 30));

        Assert.Equal(ExitOrderAction.Keep, review.Action);
        Assert.Equal(At(15, 25), review.NextReviewAt);
    }

    [Fact]
    public void Review_ForcedExitLimitAt152459_Keeps()
    {
        var review = Manager().Review(Order(ExitReason.ForcedExit, At(15, 20)), At(15, 24, 59));

        Assert.Equal(ExitOrderAction.Keep, review.Action);
    }

    [Fact]
    public void Review_ForcedExitLimitAt1525_ConvertsToMarket()
    {
        var review = Manager().Review(Order(ExitReason.ForcedExit, At(15, 20), 100, 30), At(15, 25));

        Assert.Equal(ExitOrderAction.CancelAndReplaceWithMarket, review.Action);
        Assert.Equal(70, review.Quantity);
    }

    [Fact]
    public void ConversionDueAt_LimitPlacedAt152450_IsCappedAtFifteenTwentyFive()
    {
        // 15:24:50 + 30 s = 15:25:20, later than the 15:25 latest conversion.
        Assert.Equal(At(15, 25), Manager().ConversionDueAt(Order(ExitReason.Manual, At(15, 24, 50))));
    }

    [Fact]
    public void ConversionDueAt_StopLossPlacedAt151950_IsThirtySecondsLater()
    {
        Assert.Equal(At(15, 20, 20), Manager().ConversionDueAt(Order(ExitReason.StopLoss, At(15, 19, 50))));
    }

    [Fact]
    public void Review_MarketOrder_KeepsUntilTheClose()
    {
        var order = Order(ExitReason.StopLoss, At(10, 0), type: ExitOrderType.Market);

        var review = Manager().Review(order, At(11, 0));

        Assert.Equal(ExitOrderAction.Keep, review.Action);
        Assert.Equal(At(15, 30), review.NextReviewAt);
        Assert.Null(Manager().ConversionDueAt(order));
    }

    [Theory]
    [InlineData(ExitOrderType.Limit)]
    [InlineData(ExitOrderType.Market)]
    public void Review_UnfilledAtTheClose_Expired(ExitOrderType type)
    {
        var review = Manager().Review(Order(ExitReason.ForcedExit, At(15, 25), 100, 90, type), At(15, 30));

        Assert.Equal(ExitOrderAction.Expired, review.Action);
        Assert.Equal(10, review.Quantity);
    }

    [Fact]
    public void Review_LateDay_ForcedConversionAtSixteenTwentyFive()
    {
        var manager = Manager(schedule: LateDay);
        var order = Order(ExitReason.ForcedExit, At(16, 20));

        Assert.Equal(ExitOrderAction.Keep, manager.Review(order, At(16, 24, 59)).Action);
        Assert.Equal(ExitOrderAction.CancelAndReplaceWithMarket, manager.Review(order, At(16, 25)).Action);
        Assert.Equal(ExitOrderAction.Expired, manager.Review(order, At(16, 30)).Action);
    }

    [Fact]
    public void Review_ConfiguredTenSecondTimeout_ConvertsAtTenSeconds()
    {
        var manager = Manager(new ExitOptions { LimitOrderTimeout = TimeSpan.FromSeconds(10) });
        var order = Order(ExitReason.TakeProfit, At(10, 0));

        Assert.Equal(ExitOrderAction.Keep, manager.Review(order, At(10, 0, 9, 999)).Action);
        Assert.Equal(ExitOrderAction.CancelAndReplaceWithMarket, manager.Review(order, At(10, 0, 10)).Action);
    }
}
