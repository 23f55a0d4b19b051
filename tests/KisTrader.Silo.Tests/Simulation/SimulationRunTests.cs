using System.Globalization;
using System.Text.RegularExpressions;
using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// The README's run command (no arguments) in-process: the in-process simulator, the silo with the trading grains and
/// one simulated clock; the console shows the 15:30 screen as the schedule runs it, and what comes next.
/// </summary>
public sealed partial class SimulationRunTests(MemorySimulationRunFixture run) : IClassFixture<MemorySimulationRunFixture>
{
    private const string Quote = "FHKST01010100";
    private const string DailyChart = "FHKST03010100";
    private const string MinuteChart = "FHKST03010200";
    private const string Executions = "FHKST01010300";
    private const string IndexChart = "FHKUP03500100";
    private const string VolumeRank = "FHPST01710000";
    private static readonly DateOnly Day = new(2026, 11, 23);

    private ITradingSessionGrain Session =>
        run.Run.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day));

    [GeneratedRegex(@"stage (\d)/4 (\w+): ([\d,]+) → ([\d,]+) listings, ([\d,]+) broker calls, [\d.]+ s")]
    private static partial Regex StageLine();

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheConsole_ShowsOneLinePerFunnelStage_WithTheBrokerCallsTheSimulatorSaw()
    {
        var stages = StageLine().Matches(run.Output).ToDictionary(m => m.Groups[2].Value, m => (Entered: Number(m.Groups[3].Value), Survivors: Number(m.Groups[4].Value), Calls: Number(m.Groups[5].Value)));
        var calls = await run.CallsByTrIdAsync();

        Assert.Equal(["universe", "history", "quotes", "details"], stages.Keys);
        Assert.Equal(0, stages["universe"].Calls);
        Assert.Equal(calls.GetValueOrDefault(DailyChart), stages["history"].Calls);
        Assert.Equal(calls.GetValueOrDefault(Quote) + calls.GetValueOrDefault(IndexChart) + calls.GetValueOrDefault(VolumeRank), stages["quotes"].Calls);
        Assert.Equal(calls.GetValueOrDefault(MinuteChart) + calls.GetValueOrDefault(Executions), stages["details"].Calls);
        Assert.Equal(stages["quotes"].Survivors, calls.GetValueOrDefault(Executions));

        // The same figures as the session grain's.
        var screen = await Session.GetScreenAsync();
        Assert.NotNull(screen);
        Assert.Equal(screen.Stages.Select(s => (s.Name, s.Entered, s.Survivors, s.Calls)), stages.Select(p => (p.Key, p.Value.Entered, p.Value.Survivors, p.Value.Calls)));
        Assert.Equal(screen.BrokerCalls, stages.Values.Sum(s => s.Calls));
    }

    [Fact]
    public async Task TheConsole_ShowsTheLevelTrail_TheRankedCandidatesOfTheSessionGrain_SelectionAndAllocation()
    {
        var screen = await Session.GetScreenAsync();
        Assert.NotNull(screen);
        Assert.NotEmpty(screen.Candidates);

        Assert.Contains($"screened — {screen.Candidates.Length} ranked candidates at {screen.FinalLevel}, {screen.BrokerCalls:N0} broker calls", run.Output, StringComparison.Ordinal);
        Assert.Contains("-- level trail", run.Output, StringComparison.Ordinal);
        foreach (var attempt in screen.Attempts)
        {
            Assert.Matches($@"   {attempt.Step}\. {attempt.Level} +C1≥.* passed {attempt.Passed}/{attempt.Evaluated}{(attempt.Kept ? "  \\(kept\\)" : "")}\n", run.Output);
        }

        // Every ranked candidate, in rank order, with its six values, sub-scores, score and role — exactly the grain's.
        var lines = run.Output.Split('\n');
        var printed = lines.SkipWhile(l => !l.StartsWith("   rank code", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("--", StringComparison.Ordinal)).ToArray();
        Assert.Equal(screen.Candidates.Select(SimulationConsole.CandidateLine), printed);
        Assert.NotEmpty(screen.Candidates);
        Assert.All(screen.Candidates, c => Assert.Equal(6, c.Values.Length));

        Assert.Contains($"-- selection: {string.Join(", ", screen.Selected)}; backups: ", run.Output, StringComparison.Ordinal);
        foreach (var code in screen.Selected)
        {
            Assert.Contains($"{code} {screen.Allocations[code].ToString("N0", CultureInfo.InvariantCulture)} won", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OneSimulatedClock_ThePrefetchCatchesUp_TheScreenStartsAt1530_OneToken_AndTheScheduleGoesOn()
    {
        Assert.Contains("simulated clock  starts 2026-11-23 15:29:50 KST (Monday)", run.Output, StringComparison.Ordinal);
        Assert.Contains("schedule: history prefetch for 2026-11-23 (due 14:30:00): session scheduled, attempt 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("] schedule: screen for 2026-11-23 (due 15:30:00): session screening, attempt 1", run.Output, StringComparison.Ordinal);

        var schedule = await run.Run.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IScheduleGrain>(GrainKeys.Schedule).GetStatusAsync();
        var screenAction = Assert.Single(schedule.LastActions, a => a.Kind == ScheduleActionKind.Screen);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9)), screenAction.DueAt);
        Assert.True(screenAction.DoneAt >= screenAction.DueAt, $"screen started at {screenAction.DoneAt:O}, before it was due");
        Assert.Equal(new ScheduleActionResult(ScheduleResultKind.SessionAnswered, SessionPhase.Screening, 1), screenAction.Result);

        // The token issued at simulated 15:29 served every call: one issuance.
        Assert.Equal(1, await run.TokensIssuedAsync());
        Assert.Equal(ScheduleActionKind.Prefetch, schedule.NextAction);
        Assert.Equal(new DateOnly(2026, 11, 24), schedule.NextTradingDate);
        Assert.Contains("next: history prefetch for 2026-11-24 at 2026-11-24 14:30:00 KST", run.Output, StringComparison.Ordinal);
        Assert.Equal(SessionPhase.Screened, (await Session.GetStatusAsync()).Phase);
    }
}
