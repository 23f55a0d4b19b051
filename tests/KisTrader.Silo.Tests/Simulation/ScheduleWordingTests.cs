using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Sessions;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>The console words what a schedule action came to (the schedule grain records typed data only).</summary>
public sealed class ScheduleWordingTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9));

    public static TheoryData<ScheduleActionResult, string> Results => new()
    {
        { new(ScheduleResultKind.SessionAnswered, SessionPhase.Screening, 1), "session screening, attempt 1" },
        { new(ScheduleResultKind.SessionAnswered, SessionPhase.Scheduled, 2, SessionError: "HttpRequestException: refused"), "session scheduled, attempt 2, last error: HttpRequestException: refused" },
        { new(ScheduleResultKind.CallFailed, ErrorType: "TimeoutException"), "failed: TimeoutException" },
        { new(ScheduleResultKind.TooLate, Late: TimeSpan.FromMinutes(150), Limit: TimeSpan.FromMinutes(10)), "not started: 150 min late (catch-up window 10 min)" },
        { new(ScheduleResultKind.FoundScreening, SessionPhase.Screening, 2, 3), "session screening, attempt 2, 3 stages done" },
        { new(ScheduleResultKind.RestartedAfterFailure, SessionPhase.Screening, 2, SessionError: "KisApiException: EGW00123"), "restarted after a failure: session screening, attempt 2, last error: KisApiException: EGW00123" },
        { new(ScheduleResultKind.NotRestarted, SessionPhase.Scheduled, 1), "screen failed; not started again outside the catch-up window" },
        { new(ScheduleResultKind.NotRestarted, SessionPhase.Scheduled, 1, SessionError: "IOException: gone"), "screen failed; not started again outside the catch-up window, last error: IOException: gone" },
        { new(ScheduleResultKind.CalendarRefreshed, BrokerDays: 30), "30 broker days from 2026-11-23" },
        { new(ScheduleResultKind.CalendarRefreshFailed, ErrorType: "KisApiException", BrokerDays: 12), "failed (KisApiException); built-in table and 12 kept broker days in force" },
        { new(ScheduleResultKind.CalendarRefreshTimedOut, Limit: TimeSpan.FromSeconds(10), BrokerDays: 0), "failed (no answer within 00:00:10); built-in table and 0 kept broker days in force" },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Outcome_EachResult_IsWordedFromItsData(ScheduleActionResult result, string expected)
    {
        Assert.Equal(expected, ScheduleWording.Outcome(View(result)));
    }

    [Fact]
    public void Outcome_EveryResultKind_HasItsOwnWording()
    {
        var worded = Results.Select(row => row.Data.Item1.Kind).ToHashSet();

        Assert.Empty(Enum.GetValues<ScheduleResultKind>().Except(worded));
        Assert.All(Enum.GetValues<ScheduleResultKind>(), kind => Assert.NotEqual(kind.ToString(), ScheduleWording.Outcome(View(new(kind)))));
    }

    [Fact]
    public void Outcome_EntryWrittenBeforeTypedResults_ShowsItsSentence()
    {
        var old = new ScheduleActionView(ScheduleActionKind.Screen, Day, At, At, null, "session screening, attempt 1");

        Assert.Equal("session screening, attempt 1", ScheduleWording.Outcome(old));
        Assert.Equal("outcome not recorded", ScheduleWording.Outcome(old with { LegacyOutcome = null }));
    }

    [Fact]
    public void ScheduleAction_PrintsTheWordedResult()
    {
        using var output = new StringWriter();
        var action = new ScheduleActionView(ScheduleActionKind.Prefetch, Day, At.AddHours(-1), At, new(ScheduleResultKind.SessionAnswered, SessionPhase.Scheduled, 0));

        new SimulationConsole(output).ScheduleAction(action);

        Assert.Equal("[15:30:00] schedule: history prefetch for 2026-11-23 (due 14:30:00): session scheduled, attempt 0" + Environment.NewLine, output.ToString());
    }

    private static ScheduleActionView View(ScheduleActionResult result) => new(ScheduleActionKind.Screen, Day, At, At, result);
}
