using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Options;

namespace KisTrader.Trading.Tests.AfterHours;

public sealed class SubmissionFailurePolicyTests
{
    private static readonly SubmissionFailurePolicy Policy = new(new SubmissionRetryOptions());

    [Theory]
    [InlineData(SubmissionFailureKind.Timeout, true)]
    [InlineData(SubmissionFailureKind.TransportError, true)]
    [InlineData(SubmissionFailureKind.RateLimited, false)]
    [InlineData(SubmissionFailureKind.BrokerError, false)]
    public void Decide_TechnicalFailure_RetriedThreeTimesWithBackoffThenGivesUp(SubmissionFailureKind kind, bool verify)
    {
        // Default: 2 s, ×2 → 2 s, 4 s, 8 s; the 4th attempt's failure gives up.
        var decisions = Enumerable.Range(1, 4).Select(attempt => Policy.Decide(kind, attempt)).ToList();

        Assert.Equal(
            [SubmissionFailureAction.Retry, SubmissionFailureAction.Retry, SubmissionFailureAction.Retry, SubmissionFailureAction.GiveUp],
            decisions.Select(d => d.Action));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.Zero], decisions.Select(d => d.RetryAfter));
        Assert.Equal([false, false, false, true], decisions.Select(d => d.RaiseAlert));
        Assert.All(decisions, d => Assert.Equal(verify, d.VerifyBeforeRetry));
    }

    [Theory]
    [InlineData(SubmissionFailureKind.InsufficientCash)]
    [InlineData(SubmissionFailureKind.PriceOutOfRange)]
    [InlineData(SubmissionFailureKind.BusinessRejection)]
    public void Decide_BusinessRejection_NeverRetriedAndAlerts(SubmissionFailureKind kind)
    {
        var decision = Policy.Decide(kind, 1);

        Assert.Equal(SubmissionFailureAction.Reject, decision.Action);
        Assert.True(decision.RaiseAlert);
        Assert.Equal(TimeSpan.Zero, decision.RetryAfter);
        Assert.True(SubmissionFailurePolicy.IsBusinessRejection(kind));
    }

    [Fact]
    public void Decide_RetryWouldStartAtTheDeadline_GivesUp()
    {
        var deadline = new DateTimeOffset(2026, 3, 10, 18, 0, 0, TimeSpan.FromHours(9));

        var inTime = Policy.Decide(SubmissionFailureKind.BrokerError, 1, deadline.AddSeconds(-2.001), deadline);
        var tooLate = Policy.Decide(SubmissionFailureKind.BrokerError, 1, deadline.AddSeconds(-2), deadline);

        Assert.Equal(SubmissionFailureAction.Retry, inTime.Action);
        Assert.Equal(SubmissionFailureAction.GiveUp, tooLate.Action);
        Assert.True(tooLate.RaiseAlert);
    }

    [Fact]
    public void DelayBeforeRetry_GrowsUntilTheMaximum()
    {
        var policy = new SubmissionFailurePolicy(new SubmissionRetryOptions { MaxRetries = 10 });

        // 2, 4, 8, 16, then 32 > 30 → 30.
        Assert.Equal(
            [2, 4, 8, 16, 30, 30],
            Enumerable.Range(1, 6).Select(n => policy.DelayBeforeRetry(n).TotalSeconds));
    }

    [Fact]
    public void Decide_NoRetriesConfigured_FirstFailureGivesUp() =>
        Assert.Equal(SubmissionFailureAction.GiveUp,
            new SubmissionFailurePolicy(new SubmissionRetryOptions { MaxRetries = 0 }).Decide(SubmissionFailureKind.Timeout, 1).Action);

    [Fact]
    public void Decide_AttemptZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Decide(SubmissionFailureKind.Timeout, 0));

    [Fact]
    public void Constructor_InvalidOptions_NamesTheSetting()
    {
        var ex = Assert.Throws<InvalidOptionsException>(() => new SubmissionFailurePolicy(new SubmissionRetryOptions { MaxRetries = -1 }));

        Assert.Contains("Strategy:AfterHours:Submission:MaxRetries", ex.Message);
    }
}
