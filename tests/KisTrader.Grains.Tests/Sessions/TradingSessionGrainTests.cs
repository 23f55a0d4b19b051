using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Streams;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>The session grain in a TestCluster on PostgreSQL, screening the seeded simulator market of 2026-11-23.</summary>
[Collection(SimMarketCollection.Name)]
public sealed class TradingSessionGrainTests(SimMarketFixture sim, MigratedDatabaseFixture db) : IClassFixture<MigratedDatabaseFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private InProcessTestCluster? _cluster;

    private InProcessTestCluster Cluster => _cluster!;

    public async ValueTask InitializeAsync() => _cluster = await SessionCluster.DeployAsync(db.Database.ConnectionString, sim.ClientSettings);

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task StartScreening_Scheduled_GoesToScreenedJournalsAndPublishes()
    {
        var key = GrainKeys.TradingSession(SimMarketFixture.Day);
        var events = new List<SessionPhaseChanged>();
        var stream = Cluster.Client.GetStreamProvider(ProviderNames.Streams).GetStream<TradingEvent>(StreamIds.Events());
        var subscription = await stream.SubscribeAsync((e, _) =>
        {
            lock (events)
            {
                if (e.Payload is SessionPhaseChanged changed)
                {
                    Assert.Equal(TradingEventCategory.Session, e.Category);
                    Assert.Equal(GrainKeys.TradingSession(changed.TradingDate), e.Subject);
                    events.Add(changed);
                }
            }

            return Task.CompletedTask;
        });
        var session = Cluster.Client.GetGrain<ITradingSessionGrain>(key);

        Assert.Equal(SessionPhase.Scheduled, (await session.GetStatusAsync()).Phase);
        Assert.Null(await session.GetScreenAsync());
        var started = await session.StartScreeningAsync(ScreeningStart.Manual);
        Assert.Equal(SessionPhase.Screening, started.Phase);
        var again = await session.StartScreeningAsync(ScreeningStart.Schedule);
        Assert.Equal(SessionPhase.Screening, again.Phase);
        Assert.Equal(1, again.Attempts);

        var done = await WaitForAsync(session, SessionPhase.Screened);
        Assert.Equal([1, 2, 3, 4], done.Stages.Select(s => s.Number));
        Assert.Null(done.LastError);
        var screen = await session.GetScreenAsync();
        Assert.NotNull(screen);
        Assert.NotEmpty(screen.Candidates);
        Assert.All(screen.Candidates, c => Assert.Equal(6, c.Values.Length));
        Assert.Equal(screen.Candidates.Take(5).Select(c => c.Code), screen.Selected);
        Assert.Equal(screen.Stages.Sum(s => s.Calls), screen.BrokerCalls);
        Assert.Contains(screen.Attempts, a => a.Kept && a.Level == screen.FinalLevel);
        Assert.True(screen.ExclusionsByReason.Values.Sum() > 0);

        // Idempotent once screened: no new run, same result.
        var calls = await sim.CallsByTrIdAsync();
        var third = await session.StartScreeningAsync(ScreeningStart.Manual);
        Assert.True(third.Phase >= SessionPhase.Screened, $"phase {third.Phase}");
        Assert.Equal(calls.Values.Sum(), (await sim.CallsByTrIdAsync()).Values.Sum());
        Assert.Equal(screen.RunId, (await session.GetScreenAsync())!.RunId);

        // The journal has the state changes and the run with its inputs and candidates.
        var journal = new PostgresTradingJournal(db.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);
        Assert.Contains(await journal.ReadSessionStateAsync(SimMarketFixture.Day, TestContext.Current.CancellationToken), new SessionState?[] { SessionState.Screened, SessionState.AfterHours });
        var run = await journal.ReadScreeningRunAsync(screen.RunId, TestContext.Current.CancellationToken);
        Assert.NotNull(run);
        Assert.Equal(screen.BrokerCalls, run.BrokerCalls);
        Assert.Equal(screen.Candidates.Select(c => (c.Code, c.Score)), run.Candidates.Select(c => (c.Candidate.Code, c.Candidate.Score)));
        Assert.Equal(ScreeningTrigger.Manual, run.Trigger);

        // The one events stream saw scheduled → screening → screened, once each (memory streams deliver within moments).
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline && Count(events) < 3)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        lock (events)
        {
            var mine = events.Where(e => e.TradingDate == SimMarketFixture.Day).Take(3).ToList();
            Assert.Equal([SessionPhase.Scheduled, SessionPhase.Screening, SessionPhase.Screened], mine.Select(e => e.Phase));
            Assert.Equal([SessionChangeCause.Created, SessionChangeCause.ManualStart, SessionChangeCause.ScreenFinished], mine.Select(e => e.Cause));
            Assert.Equal([null, screen.RunId, screen.RunId], mine.Select(e => e.RunId));
        }

        await subscription.UnsubscribeAsync();
    }

    private static int Count(List<SessionPhaseChanged> events)
    {
        lock (events)
        {
            return events.Count;
        }
    }

    private static async Task<SessionStatus> WaitForAsync(ITradingSessionGrain session, SessionPhase phase)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = await session.GetStatusAsync();
            // A screened session moves on to after-hours when the clock is in its window: the screen is finished either way.
            if (status.Phase == phase || (phase == SessionPhase.Screened && status.Phase > phase))
            {
                return status;
            }

            Assert.True(status.LastError is null, $"session {status.TradingDate}: {status.LastError}");
            Assert.True(DateTime.UtcNow < deadline, $"session {status.TradingDate} still {status.Phase} after {Patience} (waiting for {phase})");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
