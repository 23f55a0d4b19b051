using KisTrader.Silo.Simulation;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Statistics;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>
/// The §9 block the run prints at a session's close, by hand. Session 2026-11-24, budget 10,000,000:
/// A bought at 16:30, 100 @ 10,200 (close 10,000, open 10,500), sold 50 @ 10,800 (partial, 13:10) and 50 @ 10,400
/// (forced, 15:20), net +37,568 (+3.68%); B bought at 16:00, 100 @ 20,000 (close 19,800, open 19,500), stopped out
/// 100 @ 19,400 at 10:05, net −64,480 (−3.22%).
/// </summary>
public sealed class StatisticsWordingTests
{
    private static readonly PerformanceOptions Options = new();

    [Fact]
    public void Lines_DayWithTwoTrades_EveryFigure()
    {
        var day = PerformanceCalculator.Default.Calculate([Facts("2026-11-24")], [TradeA(), TradeB()]).Days.Single();

        var lines = StatisticsWording.Lines("-- the day", day, Options);

        Assert.Equal(
            [
                "-- the day",
                "   1 session, 2 trades (1 won, 1 lost), win rate 50.0%; net P&L -26,912 won, -0.27% of the budget; average net return +0.23%, median +0.23%",
                // Drawdown: B closes first (10:05): 0 → −64,480, then A (15:20) → −26,912; index 1 → 0.993552: 0.6448%.
                "   profit factor 0.58 (gross profit +37,568 won, gross loss 64,480 won); max drawdown 64,480 won (0.64%, trade by trade); Sharpe n/a (daily net returns, ×√252, risk-free 0%): fewer than 2 sessions",
                "   exit mix: PartialTakeProfit 1 trade, 50 shares (25.0%), StopLoss 1 trade, 100 shares (50.0%), ForcedExit 1 trade, 50 shares (25.0%)",
                // Close value 1,000,000 + 1,980,000; entry 20,000 + 20,000; gap 30,000 − 50,000; next day 10,000 − 10,000; costs 2,432 + 4,480.
                "   attribution: after-hours entry +1.34%, overnight gap -0.67%, next day 0.00% = gross +0.67% of the close value 2,980,000 won (2 trades); in won: entry +40,000 won, gap -20,000 won, next day 0 won, costs 6,912 won, net -26,912 won",
                "   by checkpoint: 16:00 1/2 signalled (50.0%), 1 bought: 1 trade, win rate 0.0%, average -3.22%, net -64,480 won; 16:30 1/2 signalled (50.0%), 1 bought: 1 trade, win rate 100.0%, average +3.68%, net +37,568 won",
                "   by score decile: n/a: 2 scored trades, deciles need 10",
                "   by exit rule: PartialTakeProfit+ForcedExit 1 trade, win rate 100.0%, average +3.68%, net +37,568 won; StopLoss 1 trade, win rate 0.0%, average -3.22%, net -64,480 won",
                // Selected (3% − 2%) ÷ 2 = +0.5%, unselected +2%: −1.5 pp.
                "   screen: pass rates C1 40.0%; levels Base 1; next-day return selected +0.50% (2) vs unselected +2.00% (1), difference -1.50 pp",
            ],
            lines);
    }

    [Fact]
    public void Lines_DayWithoutTrades_NotApplicableWithReasons()
    {
        var day = PerformanceCalculator.Default.Calculate([new SessionFacts { SessionDate = new DateOnly(2026, 11, 23), Budget = 10_000_000m }], []).Days.Single();

        var lines = StatisticsWording.Lines("-- the day", day, Options);

        Assert.Equal(
            [
                "-- the day",
                "   1 session, 0 trades (0 won, 0 lost), win rate n/a; net P&L 0 won, 0.00% of the budget; average net return n/a, median n/a",
                "   profit factor n/a (no loss) (gross profit 0 won, gross loss 0 won); max drawdown 0 won (0.00%, trade by trade); Sharpe n/a (daily net returns, ×√252, risk-free 0%): fewer than 2 sessions",
                "   exit mix: nothing sold",
                "   attribution: n/a (no trade with a Day-1 close and a Day-2 open)",
                "   by checkpoint: no checkpoint recorded",
                "   by score decile: n/a: 0 scored trades, deciles need 10",
                "   by exit rule: no trade",
                "   screen: no pass counts; no level; next-day return n/a (no later screen yet)",
            ],
            lines);
    }

    [Fact]
    public void Lines_CheckpointWithoutClosedTradeAndTradeWithoutCheckpoint_BothWorded()
    {
        // 16:00 journaled (its buy never filled: no trade); B's checkpoint unknown; A bought at 16:30, which has no journal row.
        var facts = Facts("2026-11-24") with { Checkpoints = [new(new TimeOnly(16, 0), 3, 1, 1)] };
        var day = PerformanceCalculator.Default.Calculate([facts], [TradeA(), TradeB() with { EntryCheckpoint = null }]).Days.Single();

        var line = StatisticsWording.Lines("-- the day", day, Options)[5];

        Assert.Equal(
            "   by checkpoint: 16:00 1/3 signalled (33.3%), 1 bought: no closed trade; 16:30 no journaled signals: 1 trade, win rate 100.0%, average +3.68%, net +37,568 won; checkpoint unknown, no journaled signals: 1 trade, win rate 0.0%, average -3.22%, net -64,480 won",
            line);
    }

    [Fact]
    public void Lines_TwoSessions_SharpeAnnualised()
    {
        // Daily returns 0.01 (+100,000) and 0: mean 0.005, sample variance 0.00005; 0.005 ÷ √0.00005 × √252 = √126 = 11.22497… → 11.2250.
        var trade = TradeA() with { SessionDate = new DateOnly(2026, 11, 23), NetPnL = 100_000m, NetReturn = 0.1m };
        var overall = PerformanceCalculator.Default.Calculate([Facts("2026-11-23"), Facts("2026-11-24")], [trade]).Overall;

        var line = StatisticsWording.Lines("-- overall", overall, Options)[2];

        Assert.Equal(11.2250m, overall.SharpeRatio);
        // Printed with the 4 decimals it is rounded to, never rounded twice (11.2250 → "11.23" would misstate 11.22497…).
        Assert.EndsWith("Sharpe 11.2250 (daily net returns, ×√252, risk-free 0%)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_SharpeDecimalsTwo_PrintedWithTwo()
    {
        var options = new PerformanceOptions { SharpeDecimals = 2, TradingDaysPerYear = 250, AnnualRiskFreeRate = 0.025m };
        var trade = TradeA() with { SessionDate = new DateOnly(2026, 11, 23), NetPnL = 100_000m, NetReturn = 0.1m };
        var overall = new PerformanceCalculator(options).Calculate([Facts("2026-11-23"), Facts("2026-11-24")], [trade]).Overall;

        // Excess returns 0.01 − 0.0001 and −0.0001 (2.5% ÷ 250): mean 0.0049, sample variance 0.00005;
        // √(0.0049² × 250 ÷ 0.00005) = √120.05 = 10.9567… → 10.96.
        Assert.EndsWith("Sharpe 10.96 (daily net returns, ×√250, risk-free 2.5%)", StatisticsWording.Lines("-- overall", overall, options)[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_TwoFlatSessions_SharpeNotApplicableNoDeviation()
    {
        var overall = PerformanceCalculator.Default.Calculate([Facts("2026-11-23"), Facts("2026-11-24")], []).Overall;

        Assert.EndsWith("Sharpe n/a (daily net returns, ×√252, risk-free 0%): every daily return is the same", StatisticsWording.Lines("-- overall", overall, Options)[2], StringComparison.Ordinal);
    }

    internal static SessionFacts Facts(string date) => new()
    {
        SessionDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Budget = 10_000_000m,
        ConditionPasses = [new("C1", 100, 40)],
        AdjustmentLevel = "Base",
        Checkpoints = [new(new TimeOnly(16, 0), 2, 1, 1), new(new TimeOnly(16, 30), 2, 1, 1)],
        PasserOutcomes = [new("A", true, 0.03m), new("B", true, -0.02m), new("C", false, 0.02m)],
    };

    internal static ClosedTrade TradeA() => new()
    {
        SessionDate = new DateOnly(2026, 11, 24),
        Symbol = "A",
        Entries = [new Fill(OrderSide.Buy, 100, 10_200m, At(24, 16, 30))],
        Exits =
        [
            new ExitFill(new Fill(OrderSide.Sell, 50, 10_800m, At(25, 13, 10)), ExitReason.PartialTakeProfit),
            new ExitFill(new Fill(OrderSide.Sell, 50, 10_400m, At(25, 15, 20)), ExitReason.ForcedExit),
        ],
        NetPnL = 37_568m,
        NetReturn = 0.0368m,
        Day1Close = 10_000m,
        Day2Open = 10_500m,
        EntryCheckpoint = new TimeOnly(16, 30),
        Score = 80.5m,
    };

    internal static ClosedTrade TradeB() => new()
    {
        SessionDate = new DateOnly(2026, 11, 24),
        Symbol = "B",
        Entries = [new Fill(OrderSide.Buy, 100, 20_000m, At(24, 16, 0))],
        Exits = [new ExitFill(new Fill(OrderSide.Sell, 100, 19_400m, At(25, 10, 5)), ExitReason.StopLoss)],
        NetPnL = -64_480m,
        NetReturn = -0.0322m,
        Day1Close = 19_800m,
        Day2Open = 19_500m,
        EntryCheckpoint = new TimeOnly(16, 0),
        Score = 60.25m,
    };

    private static DateTimeOffset At(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(9));
}
