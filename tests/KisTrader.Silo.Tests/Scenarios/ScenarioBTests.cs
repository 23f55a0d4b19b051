using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Silo.Tests.Scenarios.ScenarioRunReader;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// Issue 10, scenario B (<c>scenario-b.json</c>): nothing bought by 17:00 ⇒ the 17:00 re-search over the cached screen
/// data buys at 17:30, and a −3 % stop the next morning. Figures derived by hand from strategy.md §4–§8.
/// </summary>
/// <remarks>
/// The screen of scenario A (issue-5 scripted screen: kept at Relax1, selected 900100, 900200, 900110, 900120, 900210,
/// backups 900230, 900220, 900130) with one change: 900240 푸른에너지 (KOSDAQ, previous close 10,000, 20-day mean volume
/// 500,000) trades 09:00 1,010,000 @ 9,900 (buy 540,000 / sell 470,000), 13:59 325,000 @ 10,000 (200,000 / 125,000),
/// 14:00 135,000 @ 10,400 (90,000 / 45,000) and 30,000 in the closing auction at 10,400: V 1,500,000 ⇒ C1 3.0; C2
/// (10,400 − 10,000) ÷ 10,000 = 4 %; C3 (135,000 + 30,000) ÷ 1,500,000 = 11 % — below Base 15 % and Relax1 12 %, at least
/// Relax2 10 %; C4 830,000 ÷ 640,000 = 129.69; C5 4 % + 0.5 pp (KOSDAQ −0.50 %) = 4.5 pp; TV 14,965,000,000, VWAP
/// 9,976.67, C6 104.24 %. So the 15:30 screen is unchanged and the re-search one level looser (Relax2) adds 900240 only.
/// No after-hours match for any selected symbol (each stays at its close, +0.00 %).
/// </remarks>
public sealed class ScenarioBTests(ScenarioBFixture run) : IClassFixture<ScenarioBFixture>
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    [Fact]
    public async Task NothingBoughtBy1700_TheResearchAddsAndBuysAt1730()
    {
        // 16:00, 16:30, 17:00 empty (all +0.00 %) ⇒ 2.0 → 1.5 → 1.0 %, then held at the 1.0 % floor. No buy placed once
        // the 17:00 checkpoint is done ⇒ re-search at Relax2, 900240 added. 17:30: 900240's 17:20 match 10,520,
        // (10,520 − 10,400) ÷ 10,400 = +1.15 % ≥ 1.0 % ⇒ buy at 10,520 + 10 = 10,530. Its allocation: the re-search's
        // selection is 900240 alone, the session budget 10,000,000 split over one (none committed) ⇒
        // floor(10,000,000 ÷ 10,530) = 949 (949 × 10,530 = 9,992,970; 950 × 10,530 = 10,003,500 > 10,000,000).
        var checkpoints = await CheckpointsAsync(run);
        Assert.Equal(
            [(new TimeOnly(16, 0), 0.02m, 0.015m, false), (new TimeOnly(16, 30), 0.015m, 0.01m, false), (new TimeOnly(17, 0), 0.01m, 0.01m, true), (new TimeOnly(17, 30), 0.01m, 0.01m, false)],
            checkpoints.Select(c => (c.Checkpoint, c.Threshold, c.NextThreshold, c.Research)));
        Assert.Equal(["900240"], checkpoints[2].ResearchAdded);
        Assert.All(checkpoints.Take(3), c => Assert.DoesNotContain(c.Decisions, d => d.Action == "Buy"));
        Assert.Equal(
            [("900240", (decimal?)10_520m, (decimal?)10_530m, 949L)],
            checkpoints[3].Decisions.Where(d => d.Action == "Buy").Select(d => (d.Code, d.Observed, d.OrderPrice, d.Quantity)));
    }

    [Fact]
    public async Task TheResearchedBuy_StopsOutNextMorning_NetPnLAsDerived()
    {
        // The buy matches in the 17:40 auction at 10,520. Day 2: open 10,500, from 09:30 prints at 10,200:
        // (10,200 − 10,520) ÷ 10,520 = −3.04 % ≤ −3 % (morning) ⇒ sell 949 limit at the bid 10,200, filled there.
        // Net: buy 949 × 10,520 = 9,983,480, commission 1,497 (1,497.5); sell 949 × 10,200 = 9,679,800, commission 1,451
        // (1,451.97), tax 19,359 (19,359.6) ⇒ −303,680 − 1,497 − 1,451 − 19,359 = −325,987.
        Assert.Equal(
            [
                new Order("2026-11-23/900240/B1", OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 949, 10_530m, "17:30"),
                new Order("2026-11-23/900240/S1", OrderSide.Sell, OrderKind.Limit, 949, 10_200m, nameof(ExitReason.StopLoss)),
            ],
            Orders(run));
        var fills = Fills(run);
        Assert.Equal([new Executed("2026-11-23/900240/B1", 949, 10_520m), new Executed("2026-11-23/900240/S1", 949, 10_200m)], fills.Select(f => f.Fill));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 40, 0, Kst), fills[0].At);

        var trade = Assert.Single(await TradesAsync(run));
        Assert.Equal(("900240", 1_497m, 1_451m, 19_359m, -325_987m), (trade.Symbol, trade.BuyCommission, trade.SellCommission, trade.SellTax, trade.NetPnL));
        Assert.Equal([ExitReason.StopLoss], trade.Fills.Where(f => f.Side == OrderSide.Sell).Select(f => f.ExitReason!.Value));
        Assert.True(trade.ClosedAt <= new DateTimeOffset(2026, 11, 24, 15, 30, 0, Kst), $"closed at {trade.ClosedAt:O}");
        Assert.Equal([("900240", PositionStatus.Closed, 0L)], await PositionsAsync(run, "900240"));
        AssertAccountCheck(
            run,
            "check against the simulator's account: net P&L ours -325,987 won vs cash change -325,987 won (100,000,000 → 99,674,013 won after settlement); buys ours 9,983,480 vs executions 9,983,480 won; sells ours 9,679,800 vs executions 9,679,800 won (2 filled orders); ",
            "; holdings ours 0 vs broker's 0 — AGREES");
        Assert.DoesNotContain("[ALERT]", run.Output, StringComparison.Ordinal);
    }
}
