using KisTrader.Trading.Sessions;

namespace KisTrader.Trading.Tests.SessionTests;

/// <summary>Where a screen's end leads, and when an activation resumes or prefetches.</summary>
public sealed class SessionLifecycleTransitionTests
{
    [Fact]
    public void Finished_Screening_IsScreened() =>
        Assert.Equal(SessionPhase.Screened, SessionLifecycle.Finished(SessionPhase.Screening));

    [Theory]
    [InlineData(false, SessionPhase.Scheduled)]
    [InlineData(true, SessionPhase.Screened)]
    public void Failed_Screening_ReturnsToScheduledOrKeepsTheEarlierScreen(bool hasEarlierScreen, SessionPhase next) =>
        Assert.Equal(next, SessionLifecycle.Failed(SessionPhase.Screening, hasEarlierScreen));

    [Theory]
    [InlineData(SessionPhase.Scheduled)]
    [InlineData(SessionPhase.Screened)]
    public void FinishedOrFailed_NotScreening_Throws(SessionPhase phase)
    {
        Assert.Throws<InvalidOperationException>(() => SessionLifecycle.Finished(phase));
        Assert.Throws<InvalidOperationException>(() => SessionLifecycle.Failed(phase, hasEarlierScreen: true));
        Assert.Throws<InvalidOperationException>(() => SessionLifecycle.Failed(phase, hasEarlierScreen: false));
    }

    [Theory]
    [InlineData(SessionPhase.Scheduled, false)]
    [InlineData(SessionPhase.Screening, true)]
    [InlineData(SessionPhase.Screened, false)]
    public void ResumesOnActivation_OnlyAScreeningSession(SessionPhase phase, bool resumes) =>
        Assert.Equal(resumes, SessionLifecycle.ResumesOnActivation(phase));

    [Theory]
    [InlineData(SessionPhase.Scheduled, false, false, true)]
    [InlineData(SessionPhase.Scheduled, true, false, false)]
    [InlineData(SessionPhase.Scheduled, false, true, false)]
    [InlineData(SessionPhase.Screening, false, false, false)]
    [InlineData(SessionPhase.Screened, false, false, false)]
    public void MayPrefetch_OnlyAnIdleScheduledSessionWithoutHistory(SessionPhase phase, bool running, bool hasHistory, bool may) =>
        Assert.Equal(may, SessionLifecycle.MayPrefetch(phase, running, hasHistory));

    [Fact]
    public void LifecyclePhase_HasTheWirePhasesNumbers() =>
        Assert.Equal([0, 1, 2, 3, 4, 5], Enum.GetValues<SessionPhase>().Select(p => (int)p));
}
