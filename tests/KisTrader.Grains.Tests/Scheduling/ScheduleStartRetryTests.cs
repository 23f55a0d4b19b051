using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Scheduling;
using KisTrader.Grains.Sessions;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Testing.Clusters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>
/// The silo's start of the schedule when it fails: a grain call filter makes the first <see cref="Faults"/> calls of
/// <see cref="IScheduleGrain.EnsureStartedAsync"/> throw (as a timed-out or failed first start of a fresh cluster: no
/// reminder exists yet). The starter tries again with back-off on the silo's clock (a <see cref="FakeTimeProvider"/> the
/// test advances), warns on each failure, and the silo's <see cref="ScheduleStartStatus"/> (readiness) says "not
/// started" until the reminder is registered.
/// </summary>
[Collection(SimMarketCollection.Name)]
public sealed class ScheduleStartRetryTests(SimMarketFixture sim) : IAsyncLifetime
{
    private const string AppKey = "PSstart-retry-key-0001";
    private const int Faults = 3;

    // A Saturday: nothing is due, so a start is the reminder and one empty wake.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(9)));
    private readonly string _tokenDirectory = Directory.CreateTempSubdirectory("start-retry-tokens-").FullName;
    private readonly ScheduleStartLog _log = new();
    private int _ensureCalls;
    private InProcessTestCluster? _cluster;

    public async ValueTask InitializeAsync()
    {
        var account = await sim.Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{AppKey}", UriKind.Relative), TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>(sim.ClientSettings, StringComparer.OrdinalIgnoreCase)
        {
            ["Kis:AppKey"] = AppKey,
            ["Kis:AppSecret"] = "start-retry-secret-0001",
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:Auth:TokenDirectory"] = _tokenDirectory,
            ["KisTrader:Schedule:StartRetryDelay"] = "00:00:01",
            ["KisTrader:Schedule:StartRetryMaxDelay"] = "00:00:02",
        };
        _cluster = await new KisTraderCluster()
            .WithClock(_clock)
            .WithSettings(settings)
            .ConfigureSilo(silo => silo.AddIncomingGrainCallFilter(FailFirstStartsAsync))
            .ConfigureServices((configuration, services) =>
            {
                services.AddKisClient(configuration);
                services.AddKisMasterFiles(configuration);
                services.AddTradingSessions(configuration);
                services.AddScheduling(configuration);
                services.AddSingleton<ITradingJournal>(new InMemoryTradingJournal(_clock, NullLogger<InMemoryTradingJournal>.Instance));
                services.AddSingleton<ILoggerProvider>(_log);
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

    [Fact]
    public async Task FirstStartsFail_StartRetriedUntilStarted_WarnsEachFailure_NotReadyUntilStarted()
    {
        var silo = _cluster!.Silos[0].ServiceProvider;
        var status = silo.GetRequiredService<ScheduleStartStatus>();
        var schedule = _cluster.Client.GetGrain<IScheduleGrain>(GrainKeys.Schedule);
        var reminders = silo.GetRequiredService<IReminderTable>();

        // The silo is active after its first attempt failed: not ready, no reminder, a warning that says what it means.
        Assert.False(status.IsReady);
        Assert.False(status.IsStarted);
        Assert.Contains("schedule not started", status.Describe(), StringComparison.Ordinal);
        Assert.Null(await reminders.ReadRow(schedule.GetGrainId(), GrainKeys.ScheduleReminder, TestContext.Current.CancellationToken));
        Assert.Equal(1, Volatile.Read(ref _ensureCalls));
        var first = Assert.Single(_log.Of(1306));
        Assert.Equal(LogLevel.Warning, first.Level);
        Assert.Contains("(attempt 1: InvalidOperationException)", first.Message, StringComparison.Ordinal);
        Assert.Contains("no screen will run until the schedule starts", first.Message, StringComparison.Ordinal);

        // Only the silo's clock moves the back-off: advance it (at most the longest back-off per step) until it started.
        await Eventually.TrueAsync(
            () =>
            {
                if (!status.IsStarted)
                {
                    _clock.Advance(TimeSpan.FromSeconds(2));
                }

                return status.IsStarted;
            },
            () => $"the schedule started after {Faults} failed starts; calls {Volatile.Read(ref _ensureCalls)}, status: {status.Describe()}");

        Assert.True(status.IsReady);
        Assert.Equal(Faults, status.FailedAttempts);
        Assert.Equal(nameof(InvalidOperationException), status.LastError);
        Assert.Equal(Faults + 1, Volatile.Read(ref _ensureCalls));
        Assert.Equal("schedule started after 3 failed attempt(s)", status.Describe());
        var warnings = _log.Of(1306);
        Assert.Equal(Faults, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
        Assert.All(warnings, w => Assert.Contains("no screen will run until the schedule starts", w.Message, StringComparison.Ordinal));
        for (var i = 0; i < Faults; i++)
        {
            Assert.Contains($"(attempt {i + 1}: InvalidOperationException)", warnings[i].Message, StringComparison.Ordinal);
        }

        Assert.Contains("3 failed attempts before", Assert.Single(_log.Of(1309)).Message, StringComparison.Ordinal);
        var reminder = await reminders.ReadRow(schedule.GetGrainId(), GrainKeys.ScheduleReminder, TestContext.Current.CancellationToken);
        Assert.NotNull(reminder);
        Assert.Equal(TimeSpan.FromMinutes(1), reminder.Period);
    }

    private Task FailFirstStartsAsync(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name == nameof(IScheduleGrain.EnsureStartedAsync) && Interlocked.Increment(ref _ensureCalls) <= Faults)
        {
            throw new InvalidOperationException("test fault: the schedule's start failed");
        }

        return context.Invoke();
    }
}
