using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Silo.Tests.Scenarios.ScenarioRunReader;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// Issue 10, scenario A (<c>scenario-a.json</c>), the whole cycle on the real grains, the simulator and the simulated clock
/// (<see cref="ScenarioRunFixture"/>), run twice. Every figure is derived by hand from strategy.md §5–§8 below.
/// </summary>
/// <remarks>
/// Day 1 (Mon 2026-11-23): the screen is the issue-5 scripted screen (ScriptedScreenTests derives it): selected 900100
/// (close 10,600), 900200 (20,800), 900110 (10,500), 900120 (10,400), 900210 (12,600), 2,000,000 won each; backups 900230
/// (10,300), 900220, 900130. Scripted after-hours matches (volume 5,000 each; an auction not scripted does not match, its
/// indicative price stays at the close until the first scripted match's interval): 900100 10,780 from 16:20; 900120
/// 10,190 at 16:20 and 16:30; 900200 21,150, 900110 10,700, 900230 10,510 from 16:50; 900210 none.
/// Tick sizes (§8): 10 won in [10,000, 20,000), 50 in [20,000, 50,000). Costs (§8): commission 0.015 % of each order's
/// amount, tax 0.20 % of each sell's, both truncated to the won (the simulator's and our ledger's rounding).
/// Day 2 (Tue 2026-11-24): scripted prints (every one a "sell" print, so the best bid is its price), a 10,000,000-share
/// closing auction (depth for every sell).
/// </remarks>
public sealed class ScenarioATests(ScenarioAFixture run, ScenarioARepeatFixture again)
    : IClassFixture<ScenarioAFixture>, IClassFixture<ScenarioARepeatFixture>
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    [Fact]
    public async Task DayOne_Checkpoints_LowerTheThresholdSwapTheBackupAndBuy()
    {
        var checkpoints = await CheckpointsAsync(run);

        // 16:00: no match yet; each indicative moves from the close towards the 16:10 auction, which is not scripted
        // (its price is the close) ⇒ observed = close, +0.00 % < 2.0 % for all five ⇒ empty checkpoint ⇒ 2.0 − 0.5 = 1.5 %.
        // 16:30 (threshold 1.5 %): 900100 (10,780 − 10,600) ÷ 10,600 = +1.70 % ≥ 1.5 % (< 2.0 %: a buy only because of the
        // lowering) ⇒ buy at 10,780 + 1 tick = 10,790 (≤ 10,600 × 1.10 = 11,660), floor(2,000,000 ÷ 10,790) = 185
        // (185 × 10,790 = 1,996,150); 900120 (10,190 − 10,400) ÷ 10,400 = −2.02 % ≤ −2.0 % ⇒ dropped, the best backup
        // 900230 in (watched from 17:00); the others at their close. A hit ⇒ the threshold stays 1.5 %.
        // 17:00: 900200 (21,150 − 20,800) ÷ 20,800 = +1.68 % ⇒ 21,150 + 50 = 21,200, floor(2,000,000 ÷ 21,200) = 94;
        // 900110 (10,700 − 10,500) ÷ 10,500 = +1.90 % ⇒ 10,710, floor(2,000,000 ÷ 10,710) = 186 (186 × 10,710 = 1,992,060);
        // 900230 (10,510 − 10,300) ÷ 10,300 = +2.04 % ⇒ 10,520, floor(2,000,000 ÷ 10,520) = 190 (1,998,800).
        // 17:30: only 900210 left, at its close ⇒ nothing bought; the last checkpoint, so there is no next one to lower the
        // threshold for (unchanged). Buys were placed by 17:00 ⇒ no re-search.
        Assert.Equal(
            [(new TimeOnly(16, 0), 0.02m, 0.015m), (new TimeOnly(16, 30), 0.015m, 0.015m), (new TimeOnly(17, 0), 0.015m, 0.015m), (new TimeOnly(17, 30), 0.015m, 0.015m)],
            checkpoints.Select(c => (c.Checkpoint, c.Threshold, c.NextThreshold)));
        Assert.All(checkpoints, c => Assert.False(c.Research));
        var decided = checkpoints.ToDictionary(c => c.Checkpoint, c => c.Decisions
            .Where(d => d.Action is "Buy" or "Drop")
            .Select(d => (d.Code, d.Action, d.Observed, d.OrderPrice, d.Quantity, d.Replacement)).ToArray());
        Assert.Empty(decided[new TimeOnly(16, 0)]);
        Assert.Equal(
            [("900100", "Buy", (decimal?)10_780m, (decimal?)10_790m, 185L, (string?)null), ("900120", "Drop", 10_190m, null, 0L, "900230")],
            decided[new TimeOnly(16, 30)]);
        Assert.Equal(
            [("900200", "Buy", (decimal?)21_150m, (decimal?)21_200m, 94L, (string?)null), ("900110", "Buy", 10_700m, 10_710m, 186L, null), ("900230", "Buy", 10_510m, 10_520m, 190L, null)],
            decided[new TimeOnly(17, 0)]);
        Assert.Empty(decided[new TimeOnly(17, 30)]);
        Assert.All(checkpoints[0].Decisions, d => Assert.Equal((d.Close, "Hold"), (d.Observed!.Value, d.Action)));
    }

    [Fact]
    public void TheOrders_AreExactlyTheDerivedOnes()
    {
        // Buys: ORD_DVSN 07 (after-hours single price) at the checkpoint's price. Sells: limit at the best bid (the
        // print's price) rounded down to the grid; the partial sells ceil(186 × 50 %) = 93, the forced exit the other 93.
        // 900100 takes profit on the 10:00 print 11,320: (11,320 − 10,780) ÷ 10,780 = +5.01 % ≥ +5 % (the morning).
        // 900200 stops on the 11:00 print 20,500: (20,500 − 21,150) ÷ 21,150 = −3.07 % ≤ −3 %.
        // 900110: 10,800 in the morning (+0.93 %); 13:10 print 11,030: (11,030 − 10,700) ÷ 10,700 = +3.08 % ≥ +3 % after
        // 13:00 ⇒ partial; from 14:00 10,900 (+1.87 %: above the flat range, below the spent partial) ⇒ held to 15:20 ⇒
        // forced exit, a limit at the last bid 10,900, converted to market at 15:25 (below).
        // 900230: 10,550 from 14:30, (10,550 − 10,510) ÷ 10,510 = +0.38 % in [−1.5 %, +1.5 %] at 15:00 ⇒ flat-range exit.
        Assert.Equal(
            [
                new Order("2026-11-23/900100/B1", OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 185, 10_790m, "16:30"),
                new Order("2026-11-23/900100/S1", OrderSide.Sell, OrderKind.Limit, 185, 11_320m, nameof(ExitReason.TakeProfit)),
                new Order("2026-11-23/900110/B1", OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 186, 10_710m, "17:00"),
                new Order("2026-11-23/900110/S1", OrderSide.Sell, OrderKind.Limit, 93, 11_030m, nameof(ExitReason.PartialTakeProfit)),
                new Order("2026-11-23/900110/S2", OrderSide.Sell, OrderKind.Limit, 93, 10_900m, nameof(ExitReason.ForcedExit)),
                new Order("2026-11-23/900200/B1", OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 94, 21_200m, "17:00"),
                new Order("2026-11-23/900200/S1", OrderSide.Sell, OrderKind.Limit, 94, 20_500m, nameof(ExitReason.StopLoss)),
                new Order("2026-11-23/900230/B1", OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 190, 10_520m, "17:00"),
                new Order("2026-11-23/900230/S1", OrderSide.Sell, OrderKind.Limit, 190, 10_550m, nameof(ExitReason.FlatRangeExit)),
            ],
            Orders(run));

        // The only conversion is the forced exit's, at 15:25 (no limit sell was still working 30 s after it was placed:
        // each filled on arrival against the bid).
        var conversion = Assert.Single(Conversions(run));
        Assert.Equal(("900110", nameof(ExitReason.ForcedExit), "2026-11-23/900110/S2", "MarketDeadline"), (conversion.Code, conversion.Reason, conversion.Order, conversion.Why));
        // Due at 15:25:00; printed at the simulated instant the grain got to it (at 600× a loaded machine's latency is
        // simulated seconds), in any case before the 15:30 closing auction that filled it (below).
        Assert.InRange(TimeOnly.Parse(conversion.Time, CultureInfo.InvariantCulture), new TimeOnly(15, 25), new TimeOnly(15, 29));
        Assert.DoesNotContain("[ALERT]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFills_AreTheAuctionsAndTheBids()
    {
        // Buys match in the first after-hours auction after the order (single price, the auction's price ≤ the limit):
        // 900100 at 16:40 at 10,780; the 17:00 buys at 17:10. Sells fill on arrival at the bid; the converted forced exit
        // in the 15:30 closing auction at 10,850 (below its 10,900 limit: as a limit it would not have filled).
        var fills = Fills(run);
        Assert.Equal(
            [
                new Executed("2026-11-23/900100/B1", 185, 10_780m), new Executed("2026-11-23/900100/S1", 185, 11_320m),
                new Executed("2026-11-23/900110/B1", 186, 10_700m), new Executed("2026-11-23/900110/S1", 93, 11_030m),
                new Executed("2026-11-23/900110/S2", 93, 10_850m),
                new Executed("2026-11-23/900200/B1", 94, 21_150m), new Executed("2026-11-23/900200/S1", 94, 20_500m),
                new Executed("2026-11-23/900230/B1", 190, 10_510m), new Executed("2026-11-23/900230/S1", 190, 10_550m),
            ],
            fills.Select(f => f.Fill));
        // The buys rest until an auction matches them: on the 10-minute grid of Day 1 after their checkpoint (the first
        // auction after it unless the order reached the simulator late, at the same scripted price either way).
        foreach (var (id, checkpoint) in new[] { ("2026-11-23/900100/B1", new TimeOnly(16, 30)), ("2026-11-23/900110/B1", new TimeOnly(17, 0)), ("2026-11-23/900200/B1", new TimeOnly(17, 0)), ("2026-11-23/900230/B1", new TimeOnly(17, 0)) })
        {
            var at = fills.Single(f => f.Fill.Id == id).At.ToOffset(Kst);
            Assert.True(DateOnly.FromDateTime(at.DateTime) == Day && at.Minute % 10 == 0 && at.Second == 0 && TimeOnly.FromDateTime(at.DateTime) > checkpoint, $"{id} filled at {at:O}");
        }

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 15, 30, 0, Kst), fills.Single(f => f.Fill.Id == "2026-11-23/900110/S2").At);
    }

    [Fact]
    public async Task TheTrades_NetPnLAsDerived_AllFlatByTheClose()
    {
        // Net = sells − buy − commissions − tax (each truncated per order):
        // 900100: buy 185 × 10,780 = 1,994,300, commission 299 (299.1); sell 185 × 11,320 = 2,094,200, commission 314
        //   (314.1), tax 4,188 (4,188.4) ⇒ 99,900 − 299 − 314 − 4,188 = 95,099.
        // 900110: buy 186 × 10,700 = 1,990,200, commission 298 (298.5); sells 93 × 11,030 = 1,025,790 (153 + tax 2,051)
        //   and 93 × 10,850 = 1,009,050 (151 + tax 2,018) ⇒ 44,640 − 298 − 304 − 4,069 = 39,969.
        // 900200: buy 94 × 21,150 = 1,988,100, commission 298 (298.2); sell 94 × 20,500 = 1,927,000, commission 289
        //   (289.05), tax 3,854 ⇒ −61,100 − 298 − 289 − 3,854 = −65,541.
        // 900230: buy 190 × 10,510 = 1,996,900, commission 299 (299.5); sell 190 × 10,550 = 2,004,500, commission 300
        //   (300.7), tax 4,009 ⇒ 7,600 − 299 − 300 − 4,009 = +2,992.
        // Session: 95,099 + 39,969 − 65,541 + 2,992 = +72,519.
        var trades = await TradesAsync(run);
        Assert.Equal(
            [
                ("900100", 299m, 314m, 4_188m, 95_099m, new[] { ExitReason.TakeProfit }),
                ("900110", 298m, 304m, 4_069m, 39_969m, new[] { ExitReason.PartialTakeProfit, ExitReason.ForcedExit }),
                ("900200", 298m, 289m, 3_854m, -65_541m, new[] { ExitReason.StopLoss }),
                ("900230", 299m, 300m, 4_009m, 2_992m, new[] { ExitReason.FlatRangeExit }),
            ],
            trades.Select(t => (t.Symbol, t.BuyCommission, t.SellCommission, t.SellTax, t.NetPnL,
                t.Fills.Where(f => f.Side == OrderSide.Sell).OrderBy(f => f.At).Select(f => f.ExitReason!.Value).ToArray())));
        Assert.All(trades, t => Assert.True(t.ClosedAt <= new DateTimeOffset(2026, 11, 24, 15, 30, 0, Kst), $"{t.Symbol} closed at {t.ClosedAt:O}"));
        Assert.Equal(72_519m, trades.Sum(t => t.NetPnL));

        Assert.All(await PositionsAsync(run, "900100", "900110", "900200", "900230"), p => Assert.Equal((PositionStatus.Closed, 0L), (p.Status, p.Quantity)));
        AssertAccountCheck(
            run,
            "check against the simulator's account: net P&L ours +72,519 won vs cash change +72,519 won (100,000,000 → 100,072,519 won after settlement); buys ours 7,969,500 vs executions 7,969,500 won; sells ours 8,060,540 vs executions 8,060,540 won (9 filled orders); ",
            "; holdings ours 0 vs broker's 0 — AGREES");
        Assert.Contains(SimulationAccountCheck.Marker, again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameScenarioTwice_YieldsIdenticalOrdersAndFills()
    {
        var compared = await ScenarioComparison.AssertSameDecisionsAsync(run, again);
        Assert.Equal(9, compared.Orders);
    }
}
