using KisTrader.Kis.Work;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Tests.Work;

/// <summary>
/// The work hold's scopes: without a clock (production) nothing is held and every call is a no-op; a scope holds from
/// its start, lets go while suspended (suspensions nest, each resumes once), and a delay resumes it in its timer callback.
/// </summary>
public sealed class WorkScopeTests
{
    [Fact]
    public void Start_WithoutAWorkClock_IsNull_AndNothingIsCurrentOrSuspended()
    {
        var scope = WorkScope.Start(null);

        Assert.Null(scope);
        Assert.Null(WorkScope.Enter(scope));
        Assert.Null(WorkScope.Current);
        Assert.Null(WorkScope.Fork());
        Assert.Null(WorkScope.Suspend());
    }

    [Fact]
    public void Suspend_NestedTwice_ReleasesTheHoldUntilBothResumed_EachResumingOnce()
    {
        var clock = new CountingWorkClock();
        using var scope = WorkScope.Start(clock);
        using var entered = WorkScope.Enter(scope);
        Assert.Equal(1, clock.Holds);

        var first = WorkScope.Suspend()!;
        var second = WorkScope.Suspend()!;
        Assert.Equal(0, clock.Holds);
        first.Resume();
        first.Resume();
        Assert.Equal(0, clock.Holds);
        second.Dispose();
        Assert.Equal(1, clock.Holds);
        Assert.True(scope!.IsHolding);
    }

    [Fact]
    public void Fork_HoldsOnItsOwn_AndDisposeReleasesForGood()
    {
        var clock = new CountingWorkClock();
        var scope = WorkScope.Start(clock);
        using (WorkScope.Enter(scope))
        {
            using var fork = WorkScope.Fork();
            Assert.Equal(2, clock.Holds);
            var suspension = WorkScope.Suspend()!;
            Assert.Equal(1, clock.Holds);
            scope!.Dispose();
            suspension.Resume(); // the scope has ended: nothing is taken back
            Assert.Equal(1, clock.Holds);
        }

        Assert.Null(WorkScope.Current);
        Assert.Null(WorkScope.Find(scope!.Id));
    }

    [Fact]
    public async Task DelayAsync_InAScope_LetsGoWhileWaiting_AndTheTimerCallbackTakesTheHoldBack()
    {
        var clock = new CountingWorkClock();
        var time = new FakeTimeProvider();
        using var scope = WorkScope.Start(clock);
        using var entered = WorkScope.Enter(scope);

        var delay = WorkScope.DelayAsync(TimeSpan.FromSeconds(1), time, TestContext.Current.CancellationToken);
        Assert.Equal(0, clock.Holds);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, clock.Holds);
        time.Advance(TimeSpan.FromMilliseconds(1));

        // Taken back inside the timer's callback (Advance runs it), before the awaiting work goes on.
        Assert.Equal(1, clock.Holds);
        await delay;
        Assert.Equal(1, clock.Holds);
    }

    [Fact]
    public async Task DelayAsync_Cancelled_TakesTheHoldBack()
    {
        var clock = new CountingWorkClock();
        var time = new FakeTimeProvider();
        using var scope = WorkScope.Start(clock);
        using var entered = WorkScope.Enter(scope);
        using var cancel = new CancellationTokenSource();

        var delay = WorkScope.DelayAsync(TimeSpan.FromSeconds(1), time, cancel.Token);
        Assert.Equal(0, clock.Holds);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
        Assert.Equal(1, clock.Holds);
    }
}
