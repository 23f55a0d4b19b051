using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Scheduling;
using KisTrader.Grains.Sessions;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using KisTrader.Testing.Clusters;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>
/// The schedule's real durable reminder (and its exact-instant timer) on a <see cref="FakeTimeProvider"/>
/// (orleans-notes §2: the unkeyed clock for grains and timers, the keyed reminder clock, Orleans' background areas on
/// real time). Nothing calls <see cref="IScheduleGrain.TickAsync"/>: only advancing the fake clock wakes the schedule.
/// The screen starts exactly at 15:30:00 KST on trading days, at 16:30:00 on the 수능 day, and never on a weekend, a
/// holiday or the year-end closing day. The journal is the in-memory one (simulator mode without a database).
/// </summary>
[Collection(SimMarketCollection.Name)]
public sealed class ScheduleReminderTests(SimMarketFixture sim) : IAsyncLifetime
{
    private const string AppKey = "PSreminder-test-key-0001";
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 19, 15, 27, 30, TimeSpan.FromHours(9)));
    private readonly string _tokenDirectory = Directory.CreateTempSubdirectory("reminder-tokens-").FullName;
    private InMemoryTradingJournal? _journal;
    private CompletedCalls? _wakes;
    private TimerProbe? _reminders;
    private ReminderWaits? _waits;
    private InProcessTestCluster? _cluster;

    public async ValueTask InitializeAsync()
    {
        var account = await sim.Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{AppKey}", UriKind.Relative), TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>(sim.ClientSettings, StringComparer.OrdinalIgnoreCase)
        {
            ["Kis:AppKey"] = AppKey,
            ["Kis:AppSecret"] = "reminder-test-secret-0001",
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:Auth:TokenDirectory"] = _tokenDirectory,
        };
        _journal = new InMemoryTradingJournal(_clock, NullLogger<InMemoryTradingJournal>.Instance);
        _wakes = new CompletedCalls(_clock);
        _reminders = new TimerProbe(_clock);
        _waits = new ReminderWaits(_clock);
        _cluster = await new KisTraderCluster()
            .WithClock(_clock)
            .WithReminderClock(_reminders)
            .WithSettings(settings)
            .ConfigureSilo(silo => silo.AddIncomingGrainCallFilter(_wakes.FilterAsync))
            .ConfigureServices((configuration, services) =>
            {
                services.AddKisClient(configuration);
                services.AddKisMasterFiles(configuration);
                services.AddTradingSessions(configuration);
                services.AddScheduling(configuration);
                services.AddSingleton<ITradingJournal>(_journal);
            })
            .DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _waits?.Dispose();

        Directory.Delete(_tokenDirectory, recursive: true);
    }

    [Fact]
    public async Task FakeClock_WakesTheRealReminder_ScreenStartsExactlyAtTheCloseOnTradingDaysOnly()
    {
        var exam = new DateOnly(2026, 11, 19);      // 수능: the close moves to 16:30
        var monday = SimMarketFixture.Day;          // 2026-11-23
        var saturday = new DateOnly(2026, 11, 28);
        var christmas = new DateOnly(2026, 12, 25); // holiday (Friday)
        var yearEnd = new DateOnly(2026, 12, 31);   // year-end closing day (Thursday)
        var firstDay = new DateOnly(2027, 1, 4);    // first trading day of 2027: late open, normal close

        // The silo's start registered the reminder (first wake at the next whole minute, 15:28:00).
        var schedule = _cluster!.Client.GetGrain<IScheduleGrain>(GrainKeys.Schedule);
        var reminder = await _cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>()
            .ReadRow(schedule.GetGrainId(), GrainKeys.ScheduleReminder, TestContext.Current.CancellationToken);
        Assert.NotNull(reminder);
        await Eventually.TrueAsync(() => _reminders!.Armed(At(exam, 15, 28)), () => $"the reminder service armed the first tick; armed: {_reminders!.Describe()}");

        // 수능 day: 15:28 … 16:32 minute by minute; 15:30 is only its prefetch (close − 1 h).
        await StepThroughAsync(At(exam, 15, 28), At(exam, 16, 32));
        await WaitForScreenAsync(exam);
        foreach (var day in new[] { monday, saturday, christmas, yearEnd, firstDay })
        {
            // Jump to the morning (one wake), then minute by minute across the close.
            await JumpAsync(At(day, 9, 0));
            await StepThroughAsync(At(day, 15, 25), At(day, 15, 35));
        }

        await WaitForScreenAsync(firstDay);
        var actions = await ActionsAsync();
        var screens = actions.Where(a => a.Kind == ScheduleActionKind.Screen).ToList();
        Assert.Equal(
            [(exam, At(exam, 16, 30)), (monday, At(monday, 15, 30)), (firstDay, At(firstDay, 15, 30))],
            screens.Select(a => (a.TradingDate, a.DueAt)));
        // Started exactly at the due instant: the wake came when the clock reached it, not a tick later.
        Assert.NotEmpty(screens);
        Assert.All(screens, a => Assert.Equal(a.DueAt, a.DoneAt));
        Assert.DoesNotContain(actions, a => a.TradingDate == saturday || a.TradingDate == christmas || a.TradingDate == yearEnd);
        Assert.Contains(actions, a => a.Kind == ScheduleActionKind.Prefetch && a.TradingDate == exam && a.DoneAt == At(exam, 15, 30));
        // The schedule asked the sessions of those days (and no others) to screen.
        foreach (var day in new[] { exam, monday, firstDay })
        {
            Assert.NotEqual(0, (await Session(day).GetStatusAsync()).Attempts);
        }

        foreach (var day in new[] { saturday, christmas, yearEnd })
        {
            Assert.Equal(0, (await Session(day).GetStatusAsync()).Attempts);
        }
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute) => new(date.ToDateTime(new TimeOnly(hour, minute)), Kst);

    private ITradingSessionGrain Session(DateOnly date) => _cluster!.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(date));

    // What the schedule journaled (ScheduleActionTaken events), oldest first.
    private async Task<List<ScheduleActionView>> ActionsAsync()
    {
        var rows = await _journal!.ReadEventsAsync("schedule", GrainKeys.Schedule, TestContext.Current.CancellationToken);
        return [.. rows.Select(r => JsonSerializer.Deserialize<ScheduleActionTaken>(r.Event.PayloadJson, TradingEventPublisher.PayloadJson)!.Action)];
    }

    private async Task JumpAsync(DateTimeOffset to)
    {
        _clock.SetUtcNow(to);
        await WokenAtAsync(to);
    }

    // One minute at a time; before the next step the reminder tick of this instant has run to completion, so each wake
    // (and what it starts) sees its own instant however slow the machine is.
    private async Task StepThroughAsync(DateTimeOffset from, DateTimeOffset to)
    {
        if (_clock.GetUtcNow() < from)
        {
            await JumpAsync(from);
        }

        while (_clock.GetUtcNow() < to)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await WokenAtAsync(_clock.GetUtcNow());
        }
    }

    // The schedule's reminder tick that the clock move caused has completed (its grain call started at this instant), and
    // the reminder service has since armed the wait for its next tick (Orleans' own "tick wait armed" event of this
    // reminder on this silo, while the clock read this instant): only then may the clock move again. Its due time is a
    // minute on after a step, a millisecond on after a jump (the tick it delivered was an overdue one); either way the
    // next move fires it. Any reminder-clock timer armed now does not do: the reminder list's refresh is one, and were the
    // clock moved before the tick's wait is armed, the service would arm the tick after the new instant and skip it.
    private async Task WokenAtAsync(DateTimeOffset at)
    {
        var schedule = _cluster!.Client.GetGrain<IScheduleGrain>(GrainKeys.Schedule).GetGrainId();
        var silo = _cluster.Silos[0].SiloAddress;
        await Eventually.TrueAsync(
            () => _wakes!.Completed(schedule, nameof(IRemindable.ReceiveReminder), at),
            () => $"the schedule's reminder tick at {at:O} completed; its calls so far: {_wakes!.Describe(schedule)}");
        await Eventually.TrueAsync(
            () => _waits!.ArmedAt(silo, schedule, GrainKeys.ScheduleReminder, at),
            () => $"the reminder service armed the schedule's next tick at {at:O}; waits armed: {_waits!.Describe(schedule)}; timers armed: {_reminders!.Describe()}");
    }

    private Task WaitForScreenAsync(DateOnly date) =>
        Eventually.TrueAsync(
            async () => (await ActionsAsync()).Any(a => a.Kind == ScheduleActionKind.Screen && a.TradingDate == date),
            $"a screen for {date} was started");
}
