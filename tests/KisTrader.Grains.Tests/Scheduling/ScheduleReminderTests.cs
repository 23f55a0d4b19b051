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
using Orleans.Reminders;
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
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorage(ProviderNames.GrainStorage)
            .AddMemoryGrainStorage(ProviderNames.PubSubStore)
            .AddMemoryStreams(ProviderNames.Streams)
            .UseInMemoryReminderService());
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(settings);
            host.Services.AddSingleton<TimeProvider>(_clock);
            host.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            host.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, _clock);
            host.Services.AddKisClient(host.Configuration);
            host.Services.AddKisMasterFiles(host.Configuration);
            host.Services.AddTradingSessions(host.Configuration);
            host.Services.AddScheduling(host.Configuration);
            host.Services.AddSingleton<ITradingJournal>(_journal);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(ProviderNames.Streams));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
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
        await Task.Delay(200, TestContext.Current.CancellationToken);
    }

    // One minute at a time with a short real pause, so each reminder tick and timer runs at its own instant.
    private async Task StepThroughAsync(DateTimeOffset from, DateTimeOffset to)
    {
        if (_clock.GetUtcNow() < from)
        {
            await JumpAsync(from);
        }

        while (_clock.GetUtcNow() < to)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private async Task WaitForScreenAsync(DateOnly date)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!(await ActionsAsync()).Any(a => a.Kind == ScheduleActionKind.Screen && a.TradingDate == date))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no screen for {date} was started");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
