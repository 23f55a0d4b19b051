using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;
using KisTrader.Web.Alerts;

namespace KisTrader.Web.Tests.Alerts;

/// <summary>The one mapping of events to alert categories, including payload types this build does not know yet.</summary>
public sealed class AlertCategoriesTests
{
    [Theory]
    [InlineData(TradingEventCategory.Session, "ScreeningFinished", AlertCategory.Signals)]
    [InlineData(TradingEventCategory.Symbol, "SymbolChanged", AlertCategory.Signals)]
    [InlineData(TradingEventCategory.AfterHours, "CheckpointEvaluated", AlertCategory.Signals)]
    [InlineData(TradingEventCategory.Order, "OrderSubmitted", AlertCategory.Orders)]
    [InlineData(TradingEventCategory.Order, "OrderFillRecorded", AlertCategory.Fills)]
    [InlineData(TradingEventCategory.Order, "OrderRejected", AlertCategory.Risk)]
    [InlineData(TradingEventCategory.Position, "PositionExitDecided", AlertCategory.Exits)]
    [InlineData(TradingEventCategory.Position, "PositionFilled", AlertCategory.Fills)]
    [InlineData(TradingEventCategory.Risk, "KillSwitchChanged", AlertCategory.Risk)]
    [InlineData(TradingEventCategory.Reconciliation, "ReconciliationFinished", AlertCategory.Risk)]
    [InlineData(TradingEventCategory.Schedule, "ScheduleActionTaken", AlertCategory.System)]
    [InlineData(TradingEventCategory.MarketData, "MarketDataChanged", AlertCategory.System)]
    [InlineData(TradingEventCategory.Account, "AccountSnapshotTaken", AlertCategory.System)]
    public void Of_CategoryAndType_TheirAlertCategory(TradingEventCategory category, string type, AlertCategory expected) =>
        Assert.Equal(expected, AlertCategories.Of(category, type));

    [Fact]
    public void Of_KisBudgetPausedOrTokenRefused_Risk()
    {
        var at = new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9));
        var paused = new TradingEvent(1, TradingEventCategory.RateBudget, "k", nameof(RateBudgetChanged), at, null,
            new RateBudgetChanged("k", RateBudgetChange.Paused, "h", 0, 0, 18, at));
        var refused = new TradingEvent(2, TradingEventCategory.KisAuth, "k", nameof(KisAuthChanged), at, null, new KisAuthChanged("k", KisAuthChange.TokenInvalidated, null, null));
        var renewed = refused with { Payload = new KisAuthChanged("k", KisAuthChange.TokenRenewed, at, at.AddHours(24)) };
        Assert.Equal(AlertCategory.Risk, AlertCategories.Of(paused));
        Assert.Equal(AlertCategory.Risk, AlertCategories.Of(refused));
        Assert.Equal(AlertCategory.System, AlertCategories.Of(renewed));
    }

    [Fact]
    public void Of_OrderChanges_FillsToFillsAlertsToRiskTheRestToOrders()
    {
        static AlertCategory Of(OrderChange change, bool alert, OrderState state) => AlertCategories.Of(
            Wording.WordingSamples.Event(new OrderChanged(Wording.WordingSamples.OrderId, change, Wording.WordingSamples.Order(state, 0), null, null, null, alert)));
        Assert.Equal(AlertCategory.Fills, Of(OrderChange.Filled, false, OrderState.PartiallyFilled));
        Assert.Equal(AlertCategory.Risk, Of(OrderChange.Rejected, true, OrderState.Rejected));
        Assert.Equal(AlertCategory.Risk, Of(OrderChange.Ambiguous, true, OrderState.OutcomeUnknown));
        Assert.Equal(AlertCategory.Orders, Of(OrderChange.Accepted, false, OrderState.Accepted));
        Assert.Equal(AlertCategory.Orders, Of(OrderChange.Cancelled, false, OrderState.Cancelled));
    }

    [Theory]
    [InlineData("signals", true, AlertCategory.Signals)]
    [InlineData(" FILLS ", true, AlertCategory.Fills)]
    [InlineData("errors", true, AlertCategory.Risk)]
    [InlineData("news", false, AlertCategory.Signals)]
    [InlineData("", false, AlertCategory.Signals)]
    [InlineData(null, false, AlertCategory.Signals)]
    public void TryParse_HubName_CategoryOrFalse(string? name, bool known, AlertCategory expected)
    {
        Assert.Equal(known, AlertCategories.TryParse(name, out var category));
        Assert.Equal(expected, category);
    }
}
