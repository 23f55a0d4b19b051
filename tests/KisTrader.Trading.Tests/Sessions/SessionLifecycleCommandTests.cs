using KisTrader.Trading.Sessions;
using static KisTrader.Trading.Tests.SessionTests.SessionLifecycleTestData;

namespace KisTrader.Trading.Tests.SessionTests;

/// <summary>Every phase × command combination inside the window, and the order in which refusals are checked.</summary>
public sealed class SessionLifecycleCommandTests
{
    public static TheoryData<SessionPhase, SessionCommand, SessionDecisionKind, SessionPhase, SessionRefusalKind?> EveryCombination => new()
    {
        { SessionPhase.Scheduled, SessionCommand.SystemStart, SessionDecisionKind.Start, SessionPhase.Screening, null },
        { SessionPhase.Screening, SessionCommand.SystemStart, SessionDecisionKind.Unchanged, SessionPhase.Screening, null },
        { SessionPhase.Screened, SessionCommand.SystemStart, SessionDecisionKind.Unchanged, SessionPhase.Screened, null },
        { SessionPhase.Scheduled, SessionCommand.ManualStart, SessionDecisionKind.Start, SessionPhase.Screening, null },
        { SessionPhase.Screening, SessionCommand.ManualStart, SessionDecisionKind.Refuse, SessionPhase.Screening, SessionRefusalKind.AlreadyRunning },
        { SessionPhase.Screened, SessionCommand.ManualStart, SessionDecisionKind.Refuse, SessionPhase.Screened, SessionRefusalKind.AlreadyScreened },
        { SessionPhase.Scheduled, SessionCommand.Rerun, SessionDecisionKind.Refuse, SessionPhase.Scheduled, SessionRefusalKind.NotScreened },
        { SessionPhase.Screening, SessionCommand.Rerun, SessionDecisionKind.Refuse, SessionPhase.Screening, SessionRefusalKind.AlreadyRunning },
        { SessionPhase.Screened, SessionCommand.Rerun, SessionDecisionKind.Start, SessionPhase.Screening, null },
        { SessionPhase.AfterHours, SessionCommand.SystemStart, SessionDecisionKind.Unchanged, SessionPhase.AfterHours, null },
        { SessionPhase.Holding, SessionCommand.SystemStart, SessionDecisionKind.Unchanged, SessionPhase.Holding, null },
        { SessionPhase.Closed, SessionCommand.SystemStart, SessionDecisionKind.Unchanged, SessionPhase.Closed, null },
        { SessionPhase.AfterHours, SessionCommand.ManualStart, SessionDecisionKind.Refuse, SessionPhase.AfterHours, SessionRefusalKind.ScreenInUse },
        { SessionPhase.Holding, SessionCommand.ManualStart, SessionDecisionKind.Refuse, SessionPhase.Holding, SessionRefusalKind.ScreenInUse },
        { SessionPhase.Closed, SessionCommand.ManualStart, SessionDecisionKind.Refuse, SessionPhase.Closed, SessionRefusalKind.ScreenInUse },
        { SessionPhase.AfterHours, SessionCommand.Rerun, SessionDecisionKind.Refuse, SessionPhase.AfterHours, SessionRefusalKind.ScreenInUse },
        { SessionPhase.Holding, SessionCommand.Rerun, SessionDecisionKind.Refuse, SessionPhase.Holding, SessionRefusalKind.ScreenInUse },
        { SessionPhase.Closed, SessionCommand.Rerun, SessionDecisionKind.Refuse, SessionPhase.Closed, SessionRefusalKind.ScreenInUse },
    };

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Decide_PhaseAndCommandInsideTheWindow_GivesTheTableAnswer(
        SessionPhase phase, SessionCommand command, SessionDecisionKind kind, SessionPhase next, SessionRefusalKind? refusal)
    {
        var decision = Decide(phase, command, InWindow);

        Assert.Equal(kind, decision.Kind);
        Assert.Equal(next, decision.Phase);
        Assert.Equal(refusal, decision.Refusal?.Kind);
        Assert.Equal(kind == SessionDecisionKind.Start, decision.Starts);
    }

    [Fact]
    public void Decide_EveryPhaseAndCommand_IsCoveredByTheTable()
    {
        var covered = EveryCombination.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();

        Assert.Equal(Enum.GetValues<SessionPhase>().Length * Enum.GetValues<SessionCommand>().Length, covered.Count);
    }

    [Theory]
    [InlineData(SessionPhase.Screening, "a screen is already running")]
    [InlineData(SessionPhase.Screened, "the session is already screened; ask for a re-run instead")]
    public void Decide_ManualStartInAPhaseThatHasAScreen_ExplainsWhy(SessionPhase phase, string explanation) =>
        Assert.Equal(explanation, Decide(phase, SessionCommand.ManualStart, InWindow).Refusal!.Explanation);

    [Fact]
    public void Decide_RerunBeforeAnyScreen_ExplainsWhy() =>
        Assert.Equal("the session is not screened yet; start its screen first", Decide(SessionPhase.Scheduled, SessionCommand.Rerun, InWindow).Refusal!.Explanation);

    [Theory]
    [InlineData(SessionPhase.Scheduled)]
    [InlineData(SessionPhase.Screening)]
    [InlineData(SessionPhase.Screened)]
    public void Decide_SystemStartOutsideEveryWindow_IsNeverRefused(SessionPhase phase)
    {
        // The schedule chose the instant; a Sunday at midnight is not the rule's business.
        var decision = Lifecycle.Decide(Sunday, phase, SessionCommand.SystemStart, null, At(Sunday, 0, 0));

        Assert.NotEqual(SessionDecisionKind.Refuse, decision.Kind);
        Assert.Null(decision.Refusal);
    }

    [Theory]
    [InlineData(SessionCommand.ManualStart)]
    [InlineData(SessionCommand.Rerun)]
    public void Decide_PersonsCommandWithoutRequest_IsRefused(SessionCommand command)
    {
        var decision = Lifecycle.Decide(Monday, SessionPhase.Screened, command, null, InWindow);

        Assert.Equal(SessionRefusalKind.MissingRequest, decision.Refusal!.Kind);
        Assert.Equal("a request needs who asks and why", decision.Refusal.Explanation);
    }

    public static TheoryData<string?, string?, SessionRefusalKind?> Requests => new()
    {
        { "operator kim", "why not", null },
        { null, "why not", SessionRefusalKind.InvalidRequestedBy },
        { " ", "why not", SessionRefusalKind.InvalidRequestedBy },
        { "kim\nlee", "why not", SessionRefusalKind.InvalidRequestedBy },
        { new string('k', SessionRequest.MaxRequestedByLength), "why not", null },
        { new string('k', SessionRequest.MaxRequestedByLength + 1), "why not", SessionRefusalKind.InvalidRequestedBy },
        { "kim", null, SessionRefusalKind.InvalidReason },
        { "kim", "", SessionRefusalKind.InvalidReason },
        { "kim", "tab\there", SessionRefusalKind.InvalidReason },
        { "kim", new string('r', SessionRequest.MaxReasonLength), null },
        { "kim", new string('r', SessionRequest.MaxReasonLength + 1), SessionRefusalKind.InvalidReason },
        { " ", "\n", SessionRefusalKind.InvalidRequestedBy }, // who is checked before why
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Decide_Request_IsCheckedForWhoThenWhy(string? requestedBy, string? reason, SessionRefusalKind? refusal)
    {
        var decision = Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, InWindow, new SessionRequest(requestedBy, reason));

        Assert.Equal(refusal, decision.Refusal?.Kind);
    }

    [Fact]
    public void Decide_InvalidRequestedBy_NamesTheLimits() =>
        Assert.Equal(
            "RequestedBy must be 1–64 characters without control characters",
            Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, InWindow, new SessionRequest("", "why")).Refusal!.Explanation);

    [Fact]
    public void Decide_InvalidReason_NamesTheLimits() =>
        Assert.Equal(
            "Reason must be 1–500 characters without control characters",
            Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, InWindow, new SessionRequest("kim", "")).Refusal!.Explanation);

    [Fact]
    public void Decide_InvalidRequestWhileScreening_ReportsTheRequestBeforeThePhase() =>
        Assert.Equal(
            SessionRefusalKind.InvalidReason,
            Decide(SessionPhase.Screening, SessionCommand.Rerun, InWindow, new SessionRequest("kim", " ")).Refusal!.Kind);

    [Fact]
    public void Decide_WrongPhaseOutsideTheWindow_ReportsThePhaseBeforeTheWindow() =>
        Assert.Equal(
            SessionRefusalKind.AlreadyScreened,
            Decide(SessionPhase.Screened, SessionCommand.ManualStart, At(Monday, 17, 0)).Refusal!.Kind);

    [Fact]
    public void SessionRequest_Clipped_CutsReplacesControlCharactersAndNamesAnEmptyOne()
    {
        var request = new SessionRequest(new string('k', 70) + "\n", "line\nbreak");

        Assert.Equal(new string('k', 64), request.ClippedRequestedBy);
        Assert.Equal("line break", request.ClippedReason);
        Assert.Equal("(none)", new SessionRequest(null, "").ClippedRequestedBy);
        Assert.Equal("(none)", new SessionRequest(null, "").ClippedReason);
    }
}
