using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Scheduling;
using KisTrader.Grains.Sessions;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Testing.Clusters;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>
/// The schedule grain in a one-silo cluster (started by <c>AddScheduling</c> as a silo does) with a test-set clock, the
/// real session grain screening the simulator market of 2026-11-23, and the journal on PostgreSQL. Wakes are driven by
/// calling <see cref="IScheduleGrain.TickAsync"/> at chosen instants (what the reminder does each minute).
/// <para>
/// The cluster has its own app key and token file: the KIS client dates its token on the test clock, so a token it
/// issues here must not reach the other tests of the shared simulator (which run on the real clock).
/// </para>
/// </summary>
[Collection(SimMarketCollection.Name)]
public sealed class ScheduleGrainTests(SimMarketFixture sim, MigratedDatabaseFixture db) : IClassFixture<MigratedDatabaseFixture>, IAsyncLifetime
{
    private const string AppKey = "PSschedule-test-key-0001";
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly DateOnly Day = SimMarketFixture.Day;
    private static readonly DateOnly Tuesday = Day.AddDays(1);

    // Every broker call of the test falls well within 24 h of the first (the token's life on the test clock; the
    // client renews early, and the paused simulator clock would refuse a second token for the key).
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, Kst));
    private readonly string _tokenDirectory = Directory.CreateTempSubdirectory("schedule-tokens-").FullName;
    private InProcessTestCluster? _cluster;

    private InProcessTestCluster Cluster => _cluster!;

    public async ValueTask InitializeAsync()
    {
        var account = await sim.Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{AppKey}", UriKind.Relative), TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>(sim.ClientSettings, StringComparer.OrdinalIgnoreCase)
        {
            // The real profile (the simulator plays it; only the default URLs differ, and these are set): the schedule
            // then refreshes its calendar from chk-holiday.
            ["Kis:Environment"] = "Real",
            ["Kis:AppKey"] = AppKey,
            ["Kis:AppSecret"] = "schedule-test-secret-0001",
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:Auth:TokenDirectory"] = _tokenDirectory,
            ["KisTrader:Schedule:CalendarRefreshTimeout"] = "00:00:03",
        };
        var cs = db.Database.ConnectionString;
        _cluster = await new KisTraderCluster()
            .WithClock(_clock)
            .WithSettings(settings)
            .ConfigureServices((configuration, services) =>
            {
                services.AddKisClient(configuration);
                services.AddKisMasterFiles(configuration);
                services.AddTradingSessions(configuration);
                services.AddScheduling(configuration);
                services.AddSingleton(_ => NpgsqlDataSource.Create(cs));
                services.AddSingleton<ITradingJournal, PostgresTradingJournal>();
            })
            .DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Directory.Delete(_tokenDirectory, recursive: true);
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute, int second = 0) => new(date.ToDateTime(new TimeOnly(hour, minute, second)), Kst);

    private static DueAction? Next(ScheduleStatus status) =>
        status.NextAction is { } kind ? new DueAction(kind, status.NextTradingDate!.Value, status.NextAt!.Value) : null;

    private static ScheduleActionKind[] Kinds(ScheduleStatus status) => [.. status.LastActions.Select(a => a.Kind)];

    private async Task<long> HolidayCallsAsync() => (await sim.CallsByTrIdAsync()).GetValueOrDefault("CTCA0903R");

    private ITradingSessionGrain Session(DateOnly date) => Cluster.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(date));

    [Fact]
    public async Task Schedule_StartsTheDueScreenOnce_RefreshesTheCalendarDaily_LogsAMissedScreen()
    {
        var schedule = Cluster.Client.GetGrain<IScheduleGrain>(GrainKeys.Schedule);

        // The silo's start-up wake (Monday 14:00) refreshed the calendar from the broker; nothing is due yet.
        var status = await schedule.GetStatusAsync();
        Assert.Equal([ScheduleActionKind.CalendarRefresh], Kinds(status));
        Assert.Equal(Day, status.CalendarRefreshedOn);
        Assert.True(status.BrokerDays > 0);
        Assert.Equal(new ScheduleActionResult(ScheduleResultKind.CalendarRefreshed, BrokerDays: status.BrokerDays), status.LastActions[0].Result);
        Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, Day, At(Day, 14, 30)), Next(status));
        var reminder = await Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>().ReadRow(schedule.GetGrainId(), GrainKeys.ScheduleReminder, TestContext.Current.CancellationToken);
        Assert.NotNull(reminder);
        Assert.Equal(TimeSpan.FromMinutes(1), reminder.Period);

        // The calendar is refreshed at most once a day.
        var holidayCalls = await HolidayCallsAsync();
        _clock.Set(At(Day, 14, 5));
        Assert.Single((await schedule.TickAsync()).LastActions);
        Assert.Equal(holidayCalls, await HolidayCallsAsync());

        // 15:29:59: the prefetch (due since 14:30) catches up; the screen is not due yet.
        _clock.Set(At(Day, 15, 29, 59));
        status = await schedule.TickAsync();
        Assert.Equal([ScheduleActionKind.Prefetch, ScheduleActionKind.CalendarRefresh], Kinds(status));
        Assert.Equal(new ScheduleActionResult(ScheduleResultKind.SessionAnswered, SessionPhase.Scheduled, 0), status.LastActions[0].Result);
        Assert.Equal(new DueAction(ScheduleActionKind.Screen, Day, At(Day, 15, 30)), Next(status));
        Assert.Equal(SessionPhase.Scheduled, (await Session(Day).GetStatusAsync()).Phase);

        // 15:30:00: the screen starts on its own (the one-shot timer armed by the last wake for the due instant, ahead of
        // the next reminder tick); a second wake at the same instant and one a minute later start nothing more.
        _clock.Set(At(Day, 15, 30));
        await Eventually.TrueAsync(
            async () => (status = await schedule.GetStatusAsync()).LastActions[0].Kind == ScheduleActionKind.Screen,
            () => $"the screen started at 15:30 by the schedule's timer; last actions: {string.Join(", ", status.LastActions.Select(a => a.Kind))}");
        Assert.Equal(ScheduleActionKind.Screen, status.LastActions[0].Kind);
        Assert.Equal(At(Day, 15, 30), status.LastActions[0].DueAt);
        Assert.Equal(new ScheduleActionResult(ScheduleResultKind.SessionAnswered, SessionPhase.Screening, 1), status.LastActions[0].Result);
        Assert.NotEqual(SessionPhase.Scheduled, (await Session(Day).GetStatusAsync()).Phase);
        Assert.Equal(ScheduleActionKind.Screen, (await schedule.TickAsync()).LastActions[0].Kind);
        _clock.Set(At(Day, 15, 31));
        await schedule.TickAsync();

        SessionStatus session = await Session(Day).GetStatusAsync();
        await Eventually.TrueAsync(
            async () =>
            {
                session = await Session(Day).GetStatusAsync();
                Assert.Null(session.LastError);
                return session.Phase >= SessionPhase.Screened;
            },
            () => $"the session of {Day} screened; phase {session.Phase}",
            Patience);
        Assert.True(session.Phase >= SessionPhase.Screened, $"phase {session.Phase}");
        Assert.Equal(1, session.Attempts);
        Assert.NotNull(await Session(Day).GetScreenAsync());
        status = await schedule.TickAsync();
        Assert.Equal([ScheduleActionKind.Screen, ScheduleActionKind.Prefetch, ScheduleActionKind.CalendarRefresh], Kinds(status));
        Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, Tuesday, At(Tuesday, 14, 30)), Next(status));

        // Tuesday: a new day's refresh; at 18:00 the screen is hours late (the cluster was "down"): logged, not started.
        _clock.Set(At(Tuesday, 7, 0));
        status = await schedule.TickAsync();
        Assert.Equal(ScheduleActionKind.CalendarRefresh, status.LastActions[0].Kind);
        Assert.Equal(Tuesday, status.CalendarRefreshedOn);
        _clock.Set(At(Tuesday, 18, 0));
        status = await schedule.TickAsync();
        var missed = status.LastActions[0];
        Assert.Equal((ScheduleActionKind.ScreenMissed, Tuesday, At(Tuesday, 15, 30)), (missed.Kind, missed.TradingDate, missed.DueAt));
        Assert.Equal(new ScheduleActionResult(ScheduleResultKind.TooLate, Late: TimeSpan.FromHours(2.5), Limit: TimeSpan.FromMinutes(10)), missed.Result);
        Assert.Null(missed.LegacyOutcome);
        var tuesday = await Session(Tuesday).GetStatusAsync();
        Assert.Equal((SessionPhase.Scheduled, 0), (tuesday.Phase, tuesday.Attempts));

        // The schedule's state survives its deactivation (what a silo restart does to it): nothing is started again.
        var count = status.LastActions.Length;
        await Cluster.DeactivateAsync(schedule);
        status = await schedule.TickAsync();
        Assert.Equal(count, status.LastActions.Length);
        Assert.Equal(1, (await Session(Day).GetStatusAsync()).Attempts);
        Assert.Equal(0, (await Session(Tuesday).GetStatusAsync()).Attempts);

        // Every action taken was journaled (and published) as a ScheduleActionTaken event, in order.
        var journaled = await new PostgresTradingJournal(db.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance)
            .ReadEventsAsync("schedule", GrainKeys.Schedule, TestContext.Current.CancellationToken);
        Assert.Equal(
            status.LastActions.Reverse(),
            journaled.Select(e => JsonSerializer.Deserialize<ScheduleActionTaken>(e.Event.PayloadJson, TradingEventPublisher.PayloadJson)!.Action));
    }
}
