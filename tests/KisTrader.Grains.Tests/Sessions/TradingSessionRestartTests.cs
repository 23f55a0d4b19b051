using System.Text;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Grains.Tests.Screening;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>A silo dies while the session is fetching minute bars; the next cluster resumes at that stage.</summary>
[Collection(SimMarketCollection.Name)]
public sealed class TradingSessionRestartTests(SimMarketFixture sim, MigratedDatabaseFixture db) : IClassFixture<MigratedDatabaseFixture>
{
    private const string Quote = "FHKST01010100";
    private const string DailyChart = "FHKST03010100";
    private const string IndexChart = "FHKUP03500100";
    private const string Executions = "FHKST01010300";

    [Fact]
    public async Task Restart_DuringDetails_ResumesWithoutRefetchingFinishedStages()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = GrainKeys.TradingSession(SimMarketFixture.Day);
        // Slow minute charts hold the session in stage 4 long enough to stop the silo there.
        using (var slow = new StringContent("""{"kind":"slow","delay":"00:00:00.400","trIds":["FHKST03010200"]}""", Encoding.UTF8, "application/json"))
        {
            (await sim.Control.PostAsync(new Uri("/sim/faults", UriKind.Relative), slow, ct)).EnsureSuccessStatusCode();
        }

        try
        {
            await using (var first = await SessionCluster.DeployAsync(db.Database.ConnectionString, sim.ClientSettings))
            {
                var session = first.Client.GetGrain<ITradingSessionGrain>(key);
                await session.StartScreeningAsync(ScreeningStart.Schedule);
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
                SessionStatus status;
                while ((status = await session.GetStatusAsync()).Stages.Length < 3)
                {
                    Assert.True(DateTime.UtcNow < deadline, $"session {key} did not finish stage 3 in time ({status.Phase}, {status.LastError})");
                    await Task.Delay(50, ct);
                }

                Assert.Equal(SessionPhase.Screening, status.Phase);
                await first.StopAllSilosAsync(ct);
            }
        }
        finally
        {
            (await sim.Control.DeleteAsync(new Uri("/sim/faults", UriKind.Relative), ct)).EnsureSuccessStatusCode();
        }

        var before = await sim.CallsByTrIdAsync();
        await using var second = await SessionCluster.DeployAsync(db.Database.ConnectionString, sim.ClientSettings);
        var resumed = second.Client.GetGrain<ITradingSessionGrain>(key);
        var end = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        SessionStatus done;
        while ((done = await resumed.GetStatusAsync()).Phase < SessionPhase.Screened)
        {
            Assert.True(DateTime.UtcNow < end, $"session {key} not screened after the restart ({done.Phase}, {done.LastError})");
            await Task.Delay(50, ct);
        }

        var after = await sim.CallsByTrIdAsync();
        Assert.Equal(2, done.Attempts);
        Assert.Equal(0, SimMarketFixture.Delta(before, after, Quote));
        Assert.Equal(0, SimMarketFixture.Delta(before, after, DailyChart));
        Assert.Equal(0, SimMarketFixture.Delta(before, after, IndexChart));
        var details = done.Stages.Single(s => s.Number == 4);
        Assert.Equal(details.Entered, SimMarketFixture.Delta(before, after, Executions));

        var screen = await resumed.GetScreenAsync();
        Assert.NotNull(screen);
        Assert.NotEmpty(screen.Candidates);
        var journal = new PostgresTradingJournal(db.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);
        var run = await journal.ReadScreeningRunAsync(screen.RunId, ct);
        Assert.NotNull(run);
        Assert.Equal(screen.Candidates.Select(c => c.Code), run.Candidates.Select(c => c.Candidate.Code));
        await second.StopAllSilosAsync(ct);
    }
}
