using KisTrader.Trading.Sessions;

namespace KisTrader.Trading.Tests.SessionTests;

/// <summary>Where a screen's end leads, and when an activation resumes or prefetches.</summary>
public sealed class SessionLifecycleTransitionTests
{
    [Fact]
    public void Finished_Screening_IsScreened() =>
        Assert.Equal(LifecyclePhase.Screened, SessionLifecycle.Finished(LifecyclePhase.Screening));

    [Theory]
    [InlineData(false, LifecyclePhase.Scheduled)]
    [InlineData(true, LifecyclePhase.Screened)]
    public void Failed_Screening_ReturnsToScheduledOrKeepsTheEarlierScreen(bool hasEarlierScreen, LifecyclePhase next) =>
        Assert.Equal(next, SessionLifecycle.Failed(LifecyclePhase.Screening, hasEarlierScreen));

    [Theory]
    [InlineData(LifecyclePhase.Scheduled)]
    [InlineData(LifecyclePhase.Screened)]
    public void FinishedOrFailed_NotScreening_Throws(LifecyclePhase phase)
    {
        Assert.Throws<InvalidOperationException>(() => SessionLifecycle.Finished(phase));
        Assert.Throws<InvalidOperationException>(() => SessionLifecycle.Failed(phase, hasEarlierScreen: true));
        Assert.Throws<InvalidOperationException>(() => SessionLifecycle.Failed(phase, hasEarlierScreen: false));
    }

    [Theory]
    [InlineData(LifecyclePhase.Scheduled, false)]
    [InlineData(LifecyclePhase.Screening, true)]
    [InlineData(LifecyclePhase.Screened, false)]
    public void ResumesOnActivation_OnlyAScreeningSession(LifecyclePhase phase, bool resumes) =>
        Assert.Equal(resumes, SessionLifecycle.ResumesOnActivation(phase));

    [Theory]
    [InlineData(LifecyclePhase.Scheduled, false, false, true)]
    [InlineData(LifecyclePhase.Scheduled, true, false, false)]
    [InlineData(LifecyclePhase.Scheduled, false, true, false)]
    [InlineData(LifecyclePhase.Screening, false, false, false)]
    [InlineData(LifecyclePhase.Screened, false, false, false)]
    public void MayPrefetch_OnlyAnIdleScheduledSessionWithoutHistory(LifecyclePhase phase, bool running, bool hasHistory, bool may) =>
        Assert.Equal(may, SessionLifecycle.MayPrefetch(phase, running, hasHistory));

    [Fact]
    public void LifecyclePhase_HasTheWirePhasesNumbers() =>
        Assert.Equal([0, 1, 2], Enum.GetValues<LifecyclePhase>().Select(p => (int)p));
}
