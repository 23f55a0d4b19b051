using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Tests.AfterHours;

/// <summary>
/// The after-hours board on the cluster with the real simulator and the simulated clock (strategy.md §5–§6). Every
/// figure is derived by hand in the comments.
/// </summary>
/// <remarks>
/// Common to every scenario: selected 900100 (rank 1, close 10,600, previous close 10,000, score 73.49), 900200 (20,800),
/// 900110 (10,500), 900120 (10,400), 900210 (12,600), 2,000,000 won each; budget 10,000,000; the account's 100,000,000
/// won buys floor(100,000,000 ÷ 1.00015) = 99,985,002 won without margin (nrcvb_buy_amt). At 16:00 no auction has
/// matched and every symbol's indicative price is its close (change 0): no signal with an observed price ⇒ the
/// threshold goes from 2.0% to 1.5% for 16:30.
/// </remarks>
public sealed class AfterHoursBoardTests
{
    private static readonly string[] Selected = ["900100", "900200", "900110", "900120", "900210"];

    // 900100 matches at 16:20 at 10,800 (no 16:30 auction, so 16:20's match is the observed price at 16:30):
    // (10,800 − 10,600) ÷ 10,600 = 0.018867… ≥ 1.5% (200 ≥ 159) ⇒ buy at 10,800 + one tick (10 below 20,000) = 10,810,
    // under the cap min(10,600 × 1.10 = 11,660, 10,000 × 1.30 = 13,000); quantity floor(2,000,000 ÷ 10,810) = 185 (the
    // allocation binds: cash 99,985,002 and the budget 10,000,000 are larger); 185 × 10,810 = 1,999,850 committed.
    private static string Breakout() => AfterHoursScenario.Json(("900100", "16:20", 10_800, 5_000));

    [Fact]
    public async Task BreakoutAt1630_FromTheFeed_HandsOneBuyAtObservedPlusOneTick()
    {
        await using var h = await AfterHoursHarness.StartAsync(Breakout());
        await h.ScreenAsync();
        var started = await h.Board.GetAsync();
        Assert.Equal(10_000_000m, started.Budget);
        Assert.Equal(Selected, started.Symbols.Where(s => s.Status == "Monitored").Select(s => s.Code));
        Assert.Equal(["900230", "900220", "900130"], started.Symbols.Where(s => s.Status == "Backup").Select(s => s.Code));
        await h.FeedRegisteredAsync(Selected);

        var first = await h.CheckpointAsync(16, 0);
        Assert.Equal((0.02m, 0.015m, true, 99_985_002m), (first.Threshold, first.NextThreshold, first.ThresholdLowered, first.OrderableCash));
        Assert.Equal(Selected.Select(c => (c, "Hold", 0m)), first.Decisions.Select(d => (d.Code, d.Action, d.Change!.Value)));

        await h.FeedShowsMatchAsync("900100", 16, 21, 10_800m);
        var second = await h.CheckpointAsync(16, 30);
        Assert.True(second.FeedConnected);
        var buy = second.Decisions[0];
        Assert.Equal(("900100", "Buy", 10_800m, "Match", "Feed", 10_810m, 185L), (buy.Code, buy.Action, buy.Observed, buy.Source, buy.Feed, buy.OrderPrice, buy.Quantity));
        Assert.Equal((0.015m, 0.015m), (second.Threshold, second.NextThreshold));
        Assert.All(second.Decisions.Skip(1), d => Assert.Equal("Hold", d.Action));

        var entry = await h.BoughtAsync("900100", 185, 10_810m, new TimeOnly(16, 30));
        Assert.Equal(new PositionEntry(AfterHoursHarness.Day, "900100", h.AccountKey, 185, 10_810m, 10_600m, 10_800m, new TimeOnly(16, 30), 1, 73.49m), entry);
        Assert.Equal([GrainKeys.PositionOrder(GrainKeys.Position(AfterHoursHarness.Day, "900100"), 'B', 1)], h.Orders.Placed.Select(i => i.ClientOrderId));
        var view = await h.Board.GetAsync();
        Assert.Equal(1_999_850m, view.Committed);
        Assert.True(view.Symbols.Single(s => s.Code == "900100").HandedToPosition);

        var journaled = await h.Journal.ReadCheckpointsAsync(AfterHoursHarness.Day, TestContext.Current.CancellationToken);
        Assert.Equal([(new TimeOnly(16, 0), 0), (new TimeOnly(16, 30), 1)], journaled.Select(c => (c.Checkpoint, c.Buys)));
        Assert.Equal(("900100", 10_800m, "Match/Feed", "Buy"), journaled[1].Observations.Where(o => o.Code == "900100").Select(o => (o.Code, o.ObservedPrice!.Value, o.PriceSource!, o.Action)).Single());
    }

    [Fact]
    public async Task FeedDown_PricesComeFromRest_AndTheBreakoutIsStillBought()
    {
        await using var h = await AfterHoursHarness.StartAsync(Breakout(), feedDown: true);
        await h.ScreenAsync();
        await h.CheckpointAsync(16, 0);
        var second = await h.CheckpointAsync(16, 30);
        Assert.False(second.FeedConnected);
        Assert.All(second.Decisions, d => Assert.Equal("Rest", d.Feed));
        var buy = second.Decisions[0];
        Assert.Equal(("900100", "Buy", 10_800m, "Match", 10_810m, 185L), (buy.Code, buy.Action, buy.Observed, buy.Source, buy.OrderPrice, buy.Quantity));
        await h.BoughtAsync("900100", 185, 10_810m, new TimeOnly(16, 30));
        Assert.Single(h.Orders.Placed);
    }

    [Fact]
    public async Task SiloRestartAfterTheBuy_NeverBuysTheSymbolTwice()
    {
        await using var h = await AfterHoursHarness.StartAsync(Breakout(), feedDown: true);
        await h.ScreenAsync();
        await h.CheckpointAsync(16, 0);
        await h.CheckpointAsync(16, 30);
        var entry = await h.BoughtAsync("900100", 185, 10_810m, new TimeOnly(16, 30));

        await h.StopClusterAsync();
        await h.DeployAsync();
        // 17:00: 900100 still shows 10,800 (+1.89% ≥ 1.5%), but it was bought at 16:30: at most one buy per symbol.
        var third = await h.CheckpointAsync(17, 0);
        Assert.Equal("AlreadyBought", third.Decisions.Single(d => d.Code == "900100").Action);
        Assert.DoesNotContain(third.Decisions, d => d.Action == "Buy");
        // The restart handed nothing again: the position keeps its one entry, its one buy is still the one order placed and
        // the one the broker has (accepted once, resting: 900100 has no auction after 16:20).
        Assert.Equal(entry, await h.BoughtAsync("900100", 185, 10_810m, new TimeOnly(16, 30)));
        Assert.Single(h.Orders.Placed);
    }
}
