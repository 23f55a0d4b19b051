using KisTrader.GrainInterfaces;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Trading.Sessions;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>The pre-close prefetch keeps the master files and volume history for the 15:30 screen.</summary>
[Collection(SimMarketCollection.Name)]
public sealed class TradingSessionPrefetchTests(SimMarketFixture sim, MigratedDatabaseFixture db) : IClassFixture<MigratedDatabaseFixture>
{
    private const string DailyChart = "FHKST03010100";
    private const string Quote = "FHKST01010100";

    [Fact]
    public async Task StartScreening_AfterPrefetch_SpendsNoHistoryCalls()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await SessionCluster.DeployAsync(db.Database.ConnectionString, sim.ClientSettings);
        var session = cluster.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(SimMarketFixture.Day));

        var prefetching = await session.PrefetchAsync();
        Assert.Equal(SessionPhase.Scheduled, prefetching.Phase);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        SessionStatus status;
        while ((status = await session.GetStatusAsync()).Stages.Length < 2)
        {
            Assert.True(status.LastError is null && DateTime.UtcNow < deadline, $"session {status.TradingDate}: prefetch not done ({status.LastError})");
            await Task.Delay(50, ct);
        }

        Assert.Equal(SessionPhase.Scheduled, status.Phase);
        Assert.Equal(["universe", "history"], status.Stages.Select(s => s.Name));
        var before = await sim.CallsByTrIdAsync();
        await session.StartScreeningAsync(ScreeningStart.Schedule);
        while ((status = await session.GetStatusAsync()).Phase < SessionPhase.Screened)
        {
            Assert.True(status.LastError is null && DateTime.UtcNow < deadline, $"session {status.TradingDate}: not screened ({status.Phase}, {status.LastError})");
            await Task.Delay(50, ct);
        }

        var after = await sim.CallsByTrIdAsync();
        Assert.Equal(0, SimMarketFixture.Delta(before, after, DailyChart));
        Assert.True(SimMarketFixture.Delta(before, after, Quote) > 0);
        var screen = await session.GetScreenAsync();
        Assert.NotNull(screen);
        Assert.Equal(screen.Stages.Single(s => s.Number == 2).Calls, status.Stages.Single(s => s.Number == 2).Calls);
        await cluster.StopAllSilosAsync(ct);
    }
}
