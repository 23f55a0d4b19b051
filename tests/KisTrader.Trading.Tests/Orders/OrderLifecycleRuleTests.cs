using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Orders;

namespace KisTrader.Trading.Tests.OrderTests;

/// <summary>Look up before any retry, refusal classification, fill events, settling and session ends.</summary>
public sealed class OrderLifecycleRuleTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 23, 16, 30, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData(LookupStatus.Found, 0, UnknownResolution.Adopt)]
    [InlineData(LookupStatus.Found, 60, UnknownResolution.Adopt)]
    [InlineData(LookupStatus.Ambiguous, 0, UnknownResolution.Ambiguous)]
    [InlineData(LookupStatus.Ambiguous, 60, UnknownResolution.Ambiguous)]
    [InlineData(LookupStatus.NotFound, 0, UnknownResolution.LookAgain)]
    [InlineData(LookupStatus.NotFound, 4, UnknownResolution.LookAgain)]
    [InlineData(LookupStatus.NotFound, 5, UnknownResolution.Resubmit)]
    [InlineData(LookupStatus.NotFound, 60, UnknownResolution.Resubmit)]
    public void Resolve_LookupAfterSeconds_ResubmitsOnlyWhenAbsentAfterTheConfirmationDelay(LookupStatus status, int seconds, UnknownResolution expected)
    {
        Assert.Equal(expected, OrderLifecycle.Resolve(status, Sent, Sent.AddSeconds(seconds), TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData("EGW00201", SubmissionFailureKind.RateLimited)]
    [InlineData("EGW00002", SubmissionFailureKind.BrokerError)]
    [InlineData("APBK0952", SubmissionFailureKind.InsufficientCash)]
    [InlineData("40250000", SubmissionFailureKind.InsufficientCash)]
    [InlineData("APBK0506", SubmissionFailureKind.PriceOutOfRange)]
    [InlineData("APBK0507", SubmissionFailureKind.PriceOutOfRange)]
    [InlineData("APBK0508", SubmissionFailureKind.PriceOutOfRange)]
    [InlineData("APBK0918", SubmissionFailureKind.BusinessRejection)]
    [InlineData("", SubmissionFailureKind.BusinessRejection)]
    [InlineData(null, SubmissionFailureKind.BusinessRejection)]
    public void ClassifyRefusal_MsgCd_GatewayCodesAreTechnicalTheRestBusiness(string? msgCd, SubmissionFailureKind expected)
    {
        Assert.Equal(expected, OrderLifecycle.ClassifyRefusal(msgCd));
    }

    [Fact]
    public void ClassifyRefusal_WithTheRetryPolicy_BusinessIsNeverRetriedAndTheRateLimitIs()
    {
        var policy = new SubmissionFailurePolicy(new SubmissionRetryOptions());

        Assert.Equal(SubmissionFailureAction.Reject, policy.Decide(OrderLifecycle.ClassifyRefusal("APBK0952"), 1).Action);
        Assert.Equal(SubmissionFailureAction.Retry, policy.Decide(OrderLifecycle.ClassifyRefusal("EGW00201"), 1).Action);
        Assert.Equal(SubmissionFailureAction.GiveUp, policy.Decide(OrderLifecycle.ClassifyRefusal("EGW00201"), 4).Action);
    }

    [Theory]
    [InlineData(0, 10, null)]
    [InlineData(3, 10, OrderEvent.PartFilled)]
    [InlineData(10, 10, OrderEvent.FullyFilled)]
    public void FillEvent_FilledOfQuantity_IsNoneBeforeTheFirstFill(long filled, long quantity, OrderEvent? expected)
    {
        Assert.Equal(expected, OrderLifecycle.FillEvent(filled, quantity));
    }

    [Theory]
    [InlineData(10, 10, 0, false, false, null)]
    [InlineData(10, 10, 0, true, true, null)]
    [InlineData(3, 10, 7, false, false, null)]
    [InlineData(3, 10, 0, true, false, OrderEvent.Cancelled)]
    [InlineData(0, 10, 0, false, false, OrderEvent.Cancelled)]
    [InlineData(3, 10, 7, false, true, OrderEvent.SessionEnded)]
    [InlineData(3, 10, 0, false, true, OrderEvent.SessionEnded)]
    [InlineData(0, 10, 0, true, true, OrderEvent.Cancelled)]
    [InlineData(0, 10, 10, true, true, OrderEvent.SessionEnded)]
    public void Settle_BrokerRestAndSession_CancelledExpiredOrStillWorking(long filled, long quantity, long remaining, bool cancelRequested, bool ended, OrderEvent? expected)
    {
        Assert.Equal(expected, OrderLifecycle.Settle(filled, quantity, remaining, cancelRequested, ended));
    }

    [Fact]
    public void SessionEnd_AfterHoursAndRegularOrders_EndAt1800And1530Kst()
    {
        var sessions = KrxCalendar.Default.Sessions(new DateOnly(2026, 11, 23));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.FromHours(9)), OrderLifecycle.SessionEnd(OrderKind.AfterHoursSinglePrice, sessions));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9)), OrderLifecycle.SessionEnd(OrderKind.Limit, sessions));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9)), OrderLifecycle.SessionEnd(OrderKind.Market, sessions));
    }
}
