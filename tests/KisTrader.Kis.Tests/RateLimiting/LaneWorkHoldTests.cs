using System.Threading.RateLimiting;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Tests.Work;
using KisTrader.Kis.Work;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Tests.RateLimiting;

/// <summary>
/// The lane limiter and the work hold: a caller that has to wait for a permit inside a work scope lets go of the clock
/// while it is queued, and the grant takes the hold back in the same step (in the cooling timer's callback), before the
/// caller's continuation runs; a cancelled waiter takes it back too. A permit free at once never lets go.
/// </summary>
public sealed class LaneWorkHoldTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private static KisBudget Budget(int permits) =>
        new("ktest", permits, Window, TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), 0.5m);

    [Fact]
    public async Task AcquireAsync_QueuedInAScope_LetsGoWhileWaiting_AndTheGrantTakesTheHoldBackInTheSameStep()
    {
        var work = new CountingWorkClock();
        var clock = new FakeTimeProvider();
        using var limiter = new LaneRateLimiter(Budget(1), clock);
        var first = await limiter.AcquireAsync(KisLane.Screening, 1, TestContext.Current.CancellationToken);
        using var scope = WorkScope.Start(work);
        ValueTask<RateLimitLease> waiting;
        using (WorkScope.Enter(scope))
        {
            waiting = limiter.AcquireAsync(KisLane.Screening, 1, TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, work.Holds);
        first.Dispose();
        clock.Advance(Window - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, work.Holds);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(1, work.Holds);
        using var lease = await waiting;
        Assert.True(lease.IsAcquired);
        Assert.Equal(1, work.Holds);
    }

    [Fact]
    public async Task AcquireAsync_FreePermitInAScope_NeverLetsGo()
    {
        var work = new CountingWorkClock();
        using var limiter = new LaneRateLimiter(Budget(1), new FakeTimeProvider());
        using var scope = WorkScope.Start(work);
        using var entered = WorkScope.Enter(scope);

        using var lease = await limiter.AcquireAsync(KisLane.Screening, 1, TestContext.Current.CancellationToken);

        Assert.True(lease.IsAcquired);
        Assert.Equal(1, work.Holds);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileQueuedInAScope_TakesTheHoldBack()
    {
        var work = new CountingWorkClock();
        using var limiter = new LaneRateLimiter(Budget(1), new FakeTimeProvider());
        using var held = await limiter.AcquireAsync(KisLane.Screening, 1, TestContext.Current.CancellationToken);
        using var scope = WorkScope.Start(work);
        using var cancel = new CancellationTokenSource();
        ValueTask<RateLimitLease> waiting;
        using (WorkScope.Enter(scope))
        {
            waiting = limiter.AcquireAsync(KisLane.Screening, 1, cancel.Token);
        }

        Assert.Equal(0, work.Holds);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await waiting);
        Assert.Equal(1, work.Holds);
    }
}
