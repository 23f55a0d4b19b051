using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Streams;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>
/// The manual trigger and the re-run of a session (validated: who, why, phase, the KRX day's close and after-hours
/// start), their journal rows and events, and a full cluster restart on the same PostgreSQL database afterwards
/// (session, schedule progress and account snapshot survive). Screens the simulator market of 2026-11-23.
/// </summary>
[Collection(SimMarketCollection.Name)]
public sealed class SessionCommandTests(SimMarketFixture sim, MigratedDatabaseFixture db) : IClassFixture<MigratedDatabaseFixture>, IAsyncLifetime
{
    private const string Quote = "FHKST01010100";
    private const string DailyChart = "FHKST03010100";
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly DateOnly Day = SimMarketFixture.Day;
    private static readonly ScreeningCommand Operator = new("operator kim", "check the screen before the after-hours session");

    private readonly ManualClock _clock = new(At(Day, 15, 29, 59));
    private readonly string _tokenDirectory = Directory.CreateTempSubdirectory("session-command-tokens-").FullName;
    private readonly List<TradingEvent> _received = [];
    private InProcessTestCluster? _cluster;
    private string? _cano;
    private StreamSubscriptionHandle<TradingEvent>? _subscription;

    private PostgresTradingJournal Journal => new(db.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var settings = await ClockedSessionCluster.SettingsAsync(sim, _tokenDirectory);
        _cano = settings["Kis:AccountNumber"];
        _cluster = await ClockedSessionCluster.DeployAsync(db.Database.ConnectionString, settings, _clock);
        _subscription = await _cluster.Client.GetStreamProvider(ProviderNames.Streams)
            .GetStream<TradingEvent>(StreamIds.Events())
            .SubscribeAsync((e, _) =>
            {
                lock (_received)
                {
                    _received.Add(e);
                }

                return Task.CompletedTask;
            });
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Directory.Delete(_tokenDirectory, recursive: true);
    }

    [Fact]
    public async Task ManualStartAndRerun_ValidatedJournaledPublished_AndEverythingSurvivesAFullClusterRestart()
    {
        var session = _cluster!.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day));

        // Refused, with the reason, while nothing changes: before the close, without who/why, a re-run before any screen,
        // a weekend session.
        var early = await session.StartManualScreeningAsync(Operator);
        Assert.False(early.Accepted);
        Assert.Equal("the screen uses the day's close: not before 15:30 KST", early.Refusal);
        Assert.Equal((SessionRefusalKind.BeforeClose, At(Day, 15, 30)), (early.RefusedFor, early.RefusalBoundary));
        Assert.Equal(SessionPhase.Scheduled, early.Status.Phase);
        _clock.Set(At(Day, 15, 31));
        var anonymous = await session.StartManualScreeningAsync(new ScreeningCommand(" ", "why not"));
        Assert.False(anonymous.Accepted);
        Assert.Contains("RequestedBy", anonymous.Refusal, StringComparison.Ordinal);
        Assert.Equal(SessionRefusalKind.InvalidRequestedBy, anonymous.RefusedFor);
        var tooEarlyRerun = await session.RerunScreeningAsync(Operator);
        Assert.Equal("the session is not screened yet; start its screen first", tooEarlyRerun.Refusal);
        var sunday = await _cluster.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day.AddDays(-1))).StartManualScreeningAsync(Operator);
        Assert.Equal("2026-11-22 is not a KRX trading day", sunday.Refusal);
        Assert.Equal(SessionRefusalKind.NotTradingDay, sunday.RefusedFor);
        var otherDay = await _cluster.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day.AddDays(1))).StartManualScreeningAsync(Operator);
        Assert.Equal("the session 2026-11-24 has not begun (it is 2026-11-23 KST)", otherDay.Refusal);
        Assert.Equal(0, (await session.GetStatusAsync()).Attempts);

        // Accepted at 15:31: a run id at once, the screen in the background; a second start is refused.
        var start = await session.StartManualScreeningAsync(Operator);
        Assert.True(start.Accepted, start.Refusal);
        Assert.Null(start.Refusal);
        Assert.Null(start.RefusedFor);
        var firstRun = start.RunId!.Value;
        Assert.Equal(SessionPhase.Screening, start.Status.Phase);
        var twice = await session.StartManualScreeningAsync(Operator);
        Assert.False(twice.Accepted);
        await WaitForScreenAsync(session, firstRun);
        Assert.Equal("the session is already screened; ask for a re-run instead", (await session.StartManualScreeningAsync(Operator)).Refusal);
        var firstRecord = await Journal.ReadScreeningRunAsync(firstRun, Ct);
        Assert.NotNull(firstRecord);
        Assert.Equal(ScreeningTrigger.Manual, firstRecord.Trigger);

        // Re-run at 15:45: a new run with fresh quotes, the universe and history reused (no daily-chart calls).
        _clock.Set(At(Day, 15, 45));
        var before = await sim.CallsByTrIdAsync();
        var rerun = await session.RerunScreeningAsync(Operator with { Reason = "fresh quotes after a correction" });
        Assert.True(rerun.Accepted, rerun.Refusal);
        var secondRun = rerun.RunId!.Value;
        Assert.NotEqual(firstRun, secondRun);
        var rescreen = await WaitForScreenAsync(session, secondRun);
        var after = await sim.CallsByTrIdAsync();
        Assert.Equal(0, SimMarketFixture.Delta(before, after, DailyChart));
        Assert.True(SimMarketFixture.Delta(before, after, Quote) > 0);
        Assert.Equal([1, 2, 3, 4], rescreen.Stages.Select(s => s.Number));
        var secondRecord = await Journal.ReadScreeningRunAsync(secondRun, Ct);
        Assert.NotNull(secondRecord);
        Assert.Equal(ScreeningTrigger.Rerun, secondRecord.Trigger);
        // The earlier run stays in the journal, unchanged; the same market gives the same ranked list.
        Assert.Equal(firstRecord.BrokerCalls, (await Journal.ReadScreeningRunAsync(firstRun, Ct))!.BrokerCalls);
        Assert.Equal(firstRecord.Candidates.Select(c => c.Candidate.Code), secondRecord.Candidates.Select(c => c.Candidate.Code));

        // A re-run that fails (the index chart answers HTTP 500) keeps the earlier screen; the failed run is not recorded.
        _clock.Set(At(Day, 15, 50));
        Guid failedRun;
        using (var broken = new StringContent("""{"kind":"http500","trIds":["FHKUP03500100"]}""", Encoding.UTF8, "application/json"))
        {
            (await sim.Control.PostAsync(new Uri("/sim/faults", UriKind.Relative), broken, Ct)).EnsureSuccessStatusCode();
        }

        try
        {
            var failing = await session.RerunScreeningAsync(Operator);
            Assert.True(failing.Accepted, failing.Refusal);
            failedRun = failing.RunId!.Value;
            var until = DateTime.UtcNow + Patience;
            while (!(await Journal.ReadEventsAsync("session", GrainKeys.TradingSession(Day), Ct)).Any(r => Node(r, "cause") == nameof(SessionChangeCause.RerunFailed)))
            {
                Assert.True(DateTime.UtcNow < until, "the failing re-run did not end");
                await Task.Delay(50, Ct);
            }
        }
        finally
        {
            (await sim.Control.DeleteAsync(new Uri("/sim/faults", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        }

        var afterFailure = await session.GetStatusAsync();
        Assert.True(afterFailure.Phase >= SessionPhase.Screened, $"phase {afterFailure.Phase}");
        Assert.NotNull(afterFailure.LastError);
        Assert.Equal([1, 2, 3, 4], afterFailure.Stages.Select(s => s.Number)); // the kept screen's data, restored
        Assert.Equal(secondRun, (await session.GetScreenAsync())!.RunId);
        Assert.Null(await Journal.ReadScreeningRunAsync(failedRun, Ct));

        // 16:00:00, the after-hours session: no more re-runs.
        _clock.Set(At(Day, 16, 0));
        var late = await session.RerunScreeningAsync(Operator);
        Assert.Equal("the after-hours session began at 16:00 KST", late.Refusal);
        Assert.Equal(secondRun, (await session.GetScreenAsync())!.RunId);

        // The journal holds every request (accepted or refused, who and why) and every phase change, in order.
        var rows = await Journal.ReadEventsAsync("session", GrainKeys.TradingSession(Day), Ct);
        var trail = rows.Select(r => (r.Event.EventType, Node(r, "phase") ?? Node(r, "accepted"))).ToList();
        Assert.Equal(
            [
                ("ScreeningRequested", "false"), // before the close (the first event: the session row is created on the first start)
                ("ScreeningRequested", "false"), // no RequestedBy
                ("ScreeningRequested", "false"), // re-run before a screen
                ("SessionPhaseChanged", "Scheduled"),
                ("SessionPhaseChanged", "Screening"),
                ("ScreeningRequested", "true"),
                ("ScreeningRequested", "false"), // second start while screening
                ("SessionPhaseChanged", "Screened"),
                ("ScreeningFinished", null),
                ("ScreeningRequested", "false"), // start once screened
                ("SessionPhaseChanged", "Screening"),
                ("ScreeningRequested", "true"),
                ("SessionPhaseChanged", "Screened"),
                ("ScreeningFinished", null),
                ("SessionPhaseChanged", "Screening"), // the failing re-run
                ("ScreeningRequested", "true"),
                ("SessionPhaseChanged", "Screened"), // back to the earlier screen
                ("ScreeningRequested", "false"), // after 16:00
            ],
            trail);
        Assert.Contains(rows, r => r.Event.EventType == "ScreeningRequested" && Node(r, "requestedBy") == "operator kim" && Node(r, "reason") == "fresh quotes after a correction");
        // Refusals are journaled typed (the front ends word them), never as a sentence.
        Assert.Equal(
            ["BeforeClose", "InvalidRequestedBy", "NotScreened", "AlreadyRunning", "AlreadyScreened", "AfterHoursBegan"],
            rows.Where(r => Node(r, "accepted") == "false").Select(r => Node(r, "refusedFor")));
        Assert.DoesNotContain(rows, r => r.Event.PayloadJson.Contains("\"refusal\"", StringComparison.Ordinal));
        var finished = rows.Last(r => r.Event.EventType == "ScreeningFinished");
        Assert.Equal(secondRun.ToString(), Node(finished, "runId"));
        Assert.Equal(firstRun.ToString(), Node(finished, "replacedRunId"));
        Assert.Equal("Rerun", Node(finished, "trigger"));

        // The same events reached the stream with the journal's sequence numbers.
        var sequences = rows.Select(r => r.Sequence).ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline && sequences.Except(Received().Select(e => e.Sequence)).Any())
        {
            await Task.Delay(50, Ct);
        }

        var published = Received().Where(e => e.Category == TradingEventCategory.Session && e.Subject == GrainKeys.TradingSession(Day)).OrderBy(e => e.Sequence).ToList();
        Assert.Equal(sequences, published.Select(e => e.Sequence));
        var rerunDone = Assert.IsType<ScreeningFinished>(published.Single(e => e.Sequence == finished.Sequence).Payload);
        Assert.Equal(firstRun, rerunDone.ReplacedRunId);
        Assert.Equal(rescreen.Selected, rerunDone.Selected);
        Assert.Equal(At(Day, 15, 45), published.Single(e => e.Sequence == finished.Sequence).At);

        // A schedule wake: the screen is long past its catch-up window, so it records a missed screen (its progress).
        var schedule = _cluster.Client.GetGrain<IScheduleGrain>(GrainKeys.Schedule);
        var scheduled = await schedule.TickAsync();
        Assert.Equal(ScheduleActionKind.ScreenMissed, scheduled.LastActions[0].Kind);
        var account = _cluster.Client.GetGrain<IAccountGrain>(GrainKeys.Account(_cano!, "01"));
        var snapshot = await account.GetSnapshotAsync();
        Assert.NotNull(snapshot);

        // Full cluster restart: every silo stops; a new cluster on the same database finds it all.
        await _subscription!.UnsubscribeAsync();
        await _cluster.DisposeAsync();
        _cluster = null;
        _clock.Set(At(Day, 16, 5));
        var settings = await ClockedSessionCluster.SettingsAsync(sim, _tokenDirectory);
        _cluster = await ClockedSessionCluster.DeployAsync(db.Database.ConnectionString, settings, _clock);
        var reborn = _cluster.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day));
        var status = await reborn.GetStatusAsync();
        Assert.True(status.Phase >= SessionPhase.Screened, $"phase {status.Phase}");
        Assert.Equal([1, 2, 3, 4], status.Stages.Select(s => s.Number));
        var kept = await reborn.GetScreenAsync();
        Assert.NotNull(kept);
        Assert.Equal(secondRun, kept.RunId);
        Assert.Equal(rescreen.Candidates.Select(c => (c.Code, c.Score)), kept.Candidates.Select(c => (c.Code, c.Score)));
        var scheduleAfter = await _cluster.Client.GetGrain<IScheduleGrain>(GrainKeys.Schedule).GetStatusAsync();
        Assert.Equal(scheduled.LastActions, scheduleAfter.LastActions);
        Assert.Equal(Day.AddDays(1), scheduleAfter.NextTradingDate);
        Assert.Equal(JsonSerializer.Serialize(snapshot), JsonSerializer.Serialize(await _cluster.Client.GetGrain<IAccountGrain>(GrainKeys.Account(_cano!, "01")).GetSnapshotAsync()));
        // And the restarted session still refuses what it refused before the restart.
        Assert.Equal("the after-hours session began at 16:00 KST", (await reborn.RerunScreeningAsync(Operator)).Refusal);
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute, int second = 0) => new(date.ToDateTime(new TimeOnly(hour, minute, second)), Kst);

    private static string? Node(RecordedJournalEvent row, string name) =>
        JsonNode.Parse(row.Event.PayloadJson)?[name] is { } node ? node.ToString() : null;

    private List<TradingEvent> Received()
    {
        lock (_received)
        {
            return [.. _received];
        }
    }

    // Screened with this run, and its ScreeningFinished journaled (the run's last step: the phase is visible to readers
    // a moment before its events are written).
    private async Task<ScreenView> WaitForScreenAsync(ITradingSessionGrain session, Guid runId)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = await session.GetStatusAsync();
            if (status.Phase >= SessionPhase.Screened && await session.GetScreenAsync() is { } screen && screen.RunId == runId
                && (await Journal.ReadEventsAsync("session", GrainKeys.TradingSession(Day), Ct)).Any(r => r.Event.EventType == "ScreeningFinished" && Node(r, "runId") == runId.ToString()))
            {
                return screen;
            }

            Assert.True(status.LastError is null, $"session {status.TradingDate}: {status.LastError}");
            Assert.True(DateTime.UtcNow < deadline, $"session {status.TradingDate} still {status.Phase} after {Patience} (waiting for run {runId})");
            await Task.Delay(50, Ct);
        }
    }
}
