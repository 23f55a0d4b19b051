using KisTrader.GrainInterfaces;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;

namespace KisTrader.Grains.Tests.AfterHours;

/// <summary>
/// The after-hours rules of strategy.md §5–§6 that need more than one checkpoint — threshold lowering, the backup swap —
/// and orderable cash bounding a buy, on the cluster with the real simulator and the simulated clock. Prices come over
/// REST (the feed is down), so every observed price is the simulator's inquire-overtime-price at the checkpoint. The
/// common figures (selection, 2,000,000 won each, 16:00 lowering 2.0% → 1.5%) are those of <see cref="AfterHoursBoardTests"/>.
/// </summary>
public sealed class AfterHoursRulesTests
{
    private static readonly string[] Selected = ["900100", "900200", "900110", "900120", "900210"];

    // 900110 (rank 3, close 10,500, score 47.31) matches at 16:50 at 10,620; nothing else matches.
    // 16:00: every observed price is its close ⇒ no signal ⇒ 2.0% → 1.5%.
    // 16:30: still every close (900110's next auction, 16:40, carries the close) ⇒ no signal ⇒ 1.5% → 1.0% (the floor).
    // 17:00: (10,620 − 10,500) ÷ 10,500 = 0.011428… ≥ 1.0% (120 ≥ 105), below the first two thresholds ⇒ buy at
    // 10,620 + one tick = 10,630 (cap min(11,550, 13,000)), quantity floor(2,000,000 ÷ 10,630) = 188 = 1,998,440 won.
    // A buy at 17:00 ⇒ no re-search.
    [Fact]
    public async Task NoSignalTwice_ThresholdLoweredToTheFloor_SignalAt17IsBought()
    {
        await using var h = await AfterHoursHarness.StartAsync(AfterHoursScenario.Json(("900110", "16:50", 10_620, 3_000)), feedDown: true);
        await h.ScreenAsync();

        var first = await h.CheckpointAsync(16, 0);
        Assert.Equal((0.02m, 0.015m, true), (first.Threshold, first.NextThreshold, first.ThresholdLowered));
        var second = await h.CheckpointAsync(16, 30);
        Assert.Equal((0.015m, 0.01m, true), (second.Threshold, second.NextThreshold, second.ThresholdLowered));
        Assert.Equal(Selected.Select(c => (c, "Hold", 0m)), second.Decisions.Select(d => (d.Code, d.Action, d.Change!.Value)));

        var third = await h.CheckpointAsync(17, 0);
        Assert.Equal((0.01m, 0.01m, false, false), (third.Threshold, third.NextThreshold, third.ThresholdLowered, third.Research));
        var buy = third.Decisions.Single(d => d.Code == "900110");
        Assert.Equal(("Buy", 10_620m, "Match", 10_630m, 188L), (buy.Action, buy.Observed, buy.Source, buy.OrderPrice, buy.Quantity));
        Assert.Equal(120m / 10_500m, buy.Change!.Value);
        Assert.All(third.Decisions.Where(d => d.Code != "900110"), d => Assert.Equal("Hold", d.Action));

        var entry = await h.BoughtAsync("900110", 188, 10_630m, new TimeOnly(17, 0));
        Assert.Single(h.Orders.Placed);
        Assert.Equal(new PositionEntry(AfterHoursHarness.Day, "900110", h.AccountKey, 188, 10_630m, 10_500m, 10_620m, new TimeOnly(17, 0), 3, 47.31m), entry);
        Assert.Equal(1_998_440m, (await h.Board.GetAsync()).Committed);
    }

    // 900120 (rank 4, close 10,400) matches at 16:20 at 10,190: (10,190 − 10,400) ÷ 10,400 = −0.020192… ≤ −2.0%
    // (−210 ≤ −208) ⇒ dropped at 16:30; the best-ranked unused backup, 900230 (rank 6, close 10,300, score 36.67),
    // takes its place and its 2,000,000 from 17:00. 16:30 has no signal ⇒ 1.5% → 1.0%.
    // 900230 matches at 16:40 at 10,420: at 17:00 (10,420 − 10,300) ÷ 10,300 = 0.011650… ≥ 1.0% (120 ≥ 103) ⇒ buy at
    // 10,430 (cap min(11,330, 13,000)), quantity floor(2,000,000 ÷ 10,430) = 191 = 1,992,130 won.
    [Fact]
    public async Task SelectedFallsTwoPercent_BestBackupTakesItsPlace_AndIsBoughtAt17()
    {
        await using var h = await AfterHoursHarness.StartAsync(
            AfterHoursScenario.Json(("900120", "16:20", 10_190, 2_000), ("900230", "16:40", 10_420, 2_000)), feedDown: true);
        await h.ScreenAsync();
        await h.CheckpointAsync(16, 0);

        var second = await h.CheckpointAsync(16, 30);
        var drop = second.Decisions.Single(d => d.Code == "900120");
        Assert.Equal(("Drop", 10_190m, "900230"), (drop.Action, drop.Observed, drop.Replacement));
        Assert.Equal(-210m / 10_400m, drop.Change!.Value);
        Assert.Equal((0.015m, 0.01m, true), (second.Threshold, second.NextThreshold, second.ThresholdLowered));
        var afterDrop = await h.Board.GetAsync();
        Assert.Equal(("Dropped", "Monitored"), (afterDrop.Symbols.Single(s => s.Code == "900120").Status, afterDrop.Symbols.Single(s => s.Code == "900230").Status));
        Assert.Equal(["900220", "900130"], afterDrop.Symbols.Where(s => s.Status == "Backup").Select(s => s.Code));

        var third = await h.CheckpointAsync(17, 0);
        Assert.Equal(["900100", "900110", "900200", "900210", "900230"], third.Decisions.Select(d => d.Code).Order(StringComparer.Ordinal));
        var buy = third.Decisions.Single(d => d.Code == "900230");
        Assert.Equal(("Buy", 10_420m, 10_430m, 191L), (buy.Action, buy.Observed, buy.OrderPrice, buy.Quantity));
        Assert.All(third.Decisions.Where(d => d.Code != "900230"), d => Assert.Equal("Hold", d.Action));

        var entry = await h.BoughtAsync("900230", 191, 10_430m, new TimeOnly(17, 0));
        Assert.Single(h.Orders.Placed);
        Assert.Empty(await h.BrokerOrdersAsync("900120"));
        Assert.Equal(new PositionEntry(AfterHoursHarness.Day, "900230", h.AccountKey, 191, 10_430m, 10_300m, 10_420m, new TimeOnly(17, 0), 6, 36.67m), entry);
        Assert.Equal(1_992_130m, (await h.Board.GetAsync()).Committed);
    }

    // After the 16:00 checkpoint the account's owner places an after-hours buy of his own in the same account: 900200
    // (close 20,800) 5,250 × 18,750, below every auction (it rests). The simulator reserves ⌈5,250 × 18,750 × 1.00015⌉
    // = ⌈98,452,265.625⌉ = 98,452,266 won, leaving 1,547,734, which buys floor(1,547,734 ÷ 1.00015) = 1,547,501 won
    // without margin (1,547,501 × 1.00015 = 1,547,733.13 ≤ 1,547,734 < 1,547,502 × 1.00015). 900100's 16:30 breakout
    // (order price 10,810, see AfterHoursBoardTests) is then bounded by that cash, not by its 2,000,000 allocation:
    // floor(1,547,501 ÷ 10,810) = 143 (143 × 10,810 = 1,545,830; 144 × 10,810 = 1,556,640 > 1,547,501).
    [Fact]
    public async Task OrderableCashFellBelowTheAllocation_BoundsTheQuantity()
    {
        await using var h = await AfterHoursHarness.StartAsync(AfterHoursScenario.Json(("900100", "16:20", 10_800, 5_000)), feedDown: true);
        await h.ScreenAsync();
        var first = await h.CheckpointAsync(16, 0);
        Assert.Equal(99_985_002m, first.OrderableCash);

        var trading = h.SiloService<IKisTrading>();
        var own = await trading.PlaceCashOrderAsync(
            new CashOrderRequest(trading.Account, OrderSide.Buy, "900200", OrderDivision.AfterHoursSinglePrice, 5_250, 18_750m),
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(own.IsAccepted, $"{own.MsgCd} {own.Msg1}");

        var second = await h.CheckpointAsync(16, 30);
        Assert.Equal(1_547_501m, second.OrderableCash);
        var buy = second.Decisions.Single(d => d.Code == "900100");
        Assert.Equal(("Buy", 10_810m, 143L), (buy.Action, buy.OrderPrice, buy.Quantity));
        // The one buy of the board, beside the owner's own order of 900200 (not the board's: no intent of it).
        Assert.Equal(143L, (await h.BoughtAsync("900100", 143, 10_810m, new TimeOnly(16, 30))).Quantity);
        Assert.Single(h.Orders.Placed);
        Assert.Equal(1_545_830m, (await h.Board.GetAsync()).Committed);
    }

    // Nothing matches before 17:20 ⇒ 16:00 2.0% → 1.5%, 16:30 1.5% → 1.0%, 17:00 no signal at the 1.0% floor (unchanged)
    // and nothing bought once 17:00 is done ⇒ re-search one level looser than the screen's Relax1, i.e. Relax2, over the
    // cached data: the nine evaluated symbols pass, the eight watched ones are left out ⇒ 900240 alone (rank 1 of the
    // re-search, close 10,400, previous close 10,000), selected with the whole spendable budget floor(min(10,000,000,
    // 99,985,002) ÷ 1) = 10,000,000, monitored from 17:30.
    // 900240 matches at 17:20 at 10,520: at 17:30 (10,520 − 10,400) ÷ 10,400 = 0.011538… ≥ 1.0% (120 ≥ 104) ⇒ buy at
    // 10,530 (cap min(11,440, 13,000)), quantity floor(10,000,000 ÷ 10,530) = 949 (9,992,970; 950 × 10,530 = 10,003,500).
    [Fact]
    public async Task NothingBoughtBy17_ReSearchAddsASymbol_BoughtAt1730()
    {
        await using var h = await AfterHoursHarness.StartAsync(AfterHoursScenario.WithLateBuyersOn900240(("900240", "17:20", 10_520, 4_000)), feedDown: true);
        await h.ScreenAsync();
        Assert.DoesNotContain("900240", (await h.Board.GetAsync()).Symbols.Select(s => s.Code));
        await h.CheckpointAsync(16, 0);
        await h.CheckpointAsync(16, 30);

        var third = await h.CheckpointAsync(17, 0);
        Assert.Equal((0.01m, 0.01m, false, true), (third.Threshold, third.NextThreshold, third.ThresholdLowered, third.Research));
        Assert.All(third.Decisions, d => Assert.Equal("Hold", d.Action));
        AfterHoursView? view = null;
        await Eventually.TrueAsync(async () => (view = await h.Board.GetAsync()).Symbols.Any(s => s.Code == "900240"), "the re-search added 900240");
        var added = view!.Symbols.Single(s => s.Code == "900240");
        Assert.Equal(("Monitored", 1, 1, false, 10_400m, 10_000_000m), (added.Status, added.Rank, added.Round, added.IsBackup, added.Close, added.Allocation));
        Assert.Equal(["900240"], view.Checkpoints.Single(c => c.Checkpoint == new TimeOnly(17, 0)).ResearchAdded);

        var fourth = await h.CheckpointAsync(17, 30);
        var buy = fourth.Decisions.Single(d => d.Code == "900240");
        Assert.Equal(("Buy", 10_520m, 10_530m, 949L), (buy.Action, buy.Observed, buy.OrderPrice, buy.Quantity));
        Assert.Equal(120m / 10_400m, buy.Change!.Value);
        Assert.All(fourth.Decisions.Where(d => d.Code != "900240"), d => Assert.Equal("Hold", d.Action));
        var entry = await h.BoughtAsync("900240", 949, 10_530m, new TimeOnly(17, 30));
        Assert.Single(h.Orders.Placed);
        Assert.Equal((949L, 10_530m, 10_400m, 10_520m, new TimeOnly(17, 30), 1), (entry.Quantity, entry.LimitPrice, entry.Close, entry.ObservedPrice, entry.Checkpoint, entry.Rank));
        Assert.Equal(9_992_970m, (await h.Board.GetAsync()).Committed);
    }
}
