using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Grains.Tests.Scenario;
using KisTrader.Grains.Tests.Sessions;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Portfolio;

/// <summary>
/// The account's portfolio configuration grain on a silo wired like the real one (grain state and journal on
/// PostgreSQL, the KIS client on the scripted simulator): validation, persistence across a restart, the journal, and the
/// next screen allocating with it (<see cref="ScriptedScreenScenario"/>, figures derived by hand in
/// <see cref="ScriptedScreenTests"/>).
/// </summary>
public sealed class PortfolioConfigGrainTests(MigratedDatabaseFixture db, ScriptedMarketFixture sim)
    : IClassFixture<MigratedDatabaseFixture>, IClassFixture<ScriptedMarketFixture>, IAsyncLifetime
{
    private const string ServiceId = "kistrader-portfolio-tests";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private InProcessTestCluster? _cluster;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _cluster = await DeployAsync();

    public async ValueTask DisposeAsync() => await StopAsync();

    [Fact]
    public async Task Set_ValidOverrides_EffectiveValuesJournaledWithWhoAndWhy()
    {
        var grain = Config("portfolio-test-journal");
        var before = await grain.GetAsync();
        Assert.Equal((0, new PortfolioSettings(10_000_000m, 5, 5, AllocationMode.Equal)), (before.Version, before.Effective));

        var result = await grain.SetAsync(new PortfolioOverrides(SessionBudget: 3_000_000m, AllocationMode: AllocationMode.ScoreWeighted), "api:alice", "smaller budget this week");
        Assert.True(result.Accepted);
        Assert.Empty(result.Errors);
        Assert.Equal(new PortfolioSettings(3_000_000m, 5, 5, AllocationMode.ScoreWeighted), result.View.Effective);
        Assert.Equal(new PortfolioSettings(10_000_000m, 5, 5, AllocationMode.Equal), result.View.Defaults);
        var change = Assert.Single(result.View.History);
        Assert.Equal((1, "api:alice", "smaller budget this week"), (change.Version, change.RequestedBy, change.Reason));

        var reset = await grain.ResetAsync("api:bob", "back to normal");
        Assert.True(reset.Accepted);
        Assert.Equal((2, true), (reset.View.Version, reset.View.Overrides.IsEmpty));
        Assert.Equal(before.Effective, reset.View.Effective);

        var journal = new PostgresTradingJournal(db.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);
        var events = (await journal.ReadEventsAsync("portfolio", "portfolio-test-journal", Ct))
            .Select(e => JsonSerializer.Deserialize<TradingEventPayload>(e.Event.PayloadJson, TradingEventPublisher.PayloadJson))
            .OfType<PortfolioConfigChanged>()
            .ToList();
        Assert.Equal(
            [(1, "api:alice", "smaller budget this week", 3_000_000m), (2, "api:bob", "back to normal", 10_000_000m)],
            events.Select(e => (e.Version, e.RequestedBy, e.Reason, e.Effective.SessionBudget)));
    }

    [Theory]
    [InlineData(0, null, null, "Strategy:Screening:Allocation:SessionBudget")]
    [InlineData(-5, null, null, "Strategy:Screening:Allocation:SessionBudget")]
    [InlineData(null, 0, null, "Strategy:Screening:Selection:SelectedCount")]
    [InlineData(null, 15, 6, "Strategy:Screening:Selection")]
    public async Task Set_Invalid_RefusedAndUnchanged(int? budget, int? selected, int? backups, string path)
    {
        var grain = Config("portfolio-test-invalid");
        var before = await grain.GetAsync();
        var result = await grain.SetAsync(new PortfolioOverrides(budget, selected, backups), "api:alice", "try");
        Assert.False(result.Accepted);
        Assert.Contains(result.Errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
        Assert.Equal(before.Version, result.View.Version);
        Assert.Equal(before.Effective, (await grain.GetAsync()).Effective);
    }

    [Fact]
    public async Task Set_ThenSiloRestart_OverridesRead()
    {
        var accepted = await Config("portfolio-test-restart").SetAsync(new PortfolioOverrides(SelectedCount: 3, BackupCount: 1), "api:alice", "fewer names");
        Assert.True(accepted.Accepted);

        await StopAsync();
        _cluster = await DeployAsync();
        var view = await Config("portfolio-test-restart").GetAsync();
        Assert.Equal(new PortfolioOverrides(SelectedCount: 3, BackupCount: 1), view.Overrides);
        Assert.Equal(new PortfolioSettings(10_000_000m, 3, 1, AllocationMode.Equal), view.Effective);
        Assert.Equal("api:alice", Assert.Single(view.History).RequestedBy);
    }

    [Fact]
    public async Task Screen_AfterABudgetAndCountChange_AllocatesWithItAndKeepsItAfterALaterChange()
    {
        var account = GrainKeys.Account(sim.ClientSettings["Kis:AccountNumber"]!, "01");
        var config = Config(account);
        Assert.True((await config.SetAsync(new PortfolioOverrides(SessionBudget: 7_500_000m, SelectedCount: 3, BackupCount: 2), "api:alice", "test")).Accepted);

        var session = _cluster!.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(ScriptedScreenScenario.Day));
        Assert.Equal(SessionPhase.Screening, (await session.StartScreeningAsync(ScreeningStart.Manual)).Phase);
        Assert.Null((await WaitForScreenedAsync(session)).LastError);
        var screen = await session.GetScreenAsync();
        Assert.NotNull(screen);

        // Ranked (ScriptedScreenTests): 900100, 900200, 900110, 900120, 900210, 900230, 900220, 900130. Top 3 selected,
        // the next 2 backups; 7,500,000 ÷ 3 = 2,500,000 each.
        string[] selected = ["900100", "900200", "900110"];
        Assert.Equal(selected, screen.Selected);
        Assert.Equal(["900120", "900210"], screen.Backups);
        Assert.Equal(selected.ToDictionary(c => c, _ => 2_500_000m), screen.Allocations.ToDictionary());
        Assert.Equal(0m, screen.Unallocated);

        // The journal's run: quantity = floor(2,500,000 ÷ close): ÷ 10,600 = 235.8, ÷ 20,800 = 120.2, ÷ 10,500 = 238.1.
        var journal = new PostgresTradingJournal(db.Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);
        var run = await journal.ReadScreeningRunAsync(screen.RunId, Ct);
        Assert.NotNull(run);
        Assert.Equal((7_500_000m, 7_500_000m), (run.Allocation.SessionBudget, run.Allocation.Spendable));
        Assert.Equal(
            [("900100", 2_500_000m, 235L), ("900200", 2_500_000m, 120L), ("900110", 2_500_000m, 238L)],
            run.Allocation.Items.Select(i => (i.Code, i.Amount, i.QuantityAtClose)));

        // A later change leaves the screened session alone: its screen, and its after-hours re-search (3 new names at
        // relax 2 with the session's 7,500,000 equal split, not the new 1,000,000 score-weighted one).
        Assert.True((await config.SetAsync(new PortfolioOverrides(1_000_000m, 5, 5, AllocationMode.ScoreWeighted), "api:alice", "later")).Accepted);
        Assert.Equal(selected.ToDictionary(c => c, _ => 2_500_000m), (await session.GetScreenAsync())!.Allocations.ToDictionary());
        var research = await session.ResearchAsync(1, [.. selected], 100_000_000m);
        Assert.NotNull(research);
        Assert.Equal(3, research.Selected.Length);
        Assert.DoesNotContain(research.Selected, selected.Contains);
        Assert.All(research.Allocations.Values, a => Assert.Equal(2_500_000m, a));
    }

    private IPortfolioConfigGrain Config(string accountKey) => _cluster!.Client.GetGrain<IPortfolioConfigGrain>(GrainKeys.PortfolioConfig(accountKey));

    private Task<InProcessTestCluster> DeployAsync() => SessionCluster.DeployAsync(db.Database.ConnectionString, sim.ClientSettings, serviceId: ServiceId);

    private async Task StopAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
            _cluster = null;
        }
    }

    private static async Task<SessionStatus> WaitForScreenedAsync(ITradingSessionGrain session)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = await session.GetStatusAsync();
            if (status.Phase >= SessionPhase.Screened)
            {
                return status;
            }

            Assert.True(status.LastError is null, $"session {status.TradingDate}: {status.LastError}");
            Assert.True(DateTime.UtcNow < deadline, $"session {status.TradingDate} still {status.Phase} after {Patience}");
            await Task.Delay(50, Ct);
        }
    }
}
