using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Options;
using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

/// <summary>Inputs the calculator rejects, and its options.</summary>
public sealed class PerformanceValidationTests
{
    private static readonly PerformanceCalculator Calc = PerformanceCalculator.Default;

    [Fact]
    public void Calculate_DuplicateSession_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Calc.Calculate([Session("2026-11-24"), Session("2026-11-24")], []));
        Assert.Contains("2026-11-24", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Calculate_NonPositiveBudget_Throws(int budget) =>
        Assert.Throws<ArgumentException>(() => Calc.Calculate([Session("2026-11-24", budget)], []));

    [Fact]
    public void Calculate_TradeWithoutItsSession_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Calc.Calculate([Session("2026-11-24")], [Trade("2026-11-23", "A", 1m, 0m)]));
        Assert.Contains("2026-11-23", ex.Message);
    }

    [Fact]
    public void Calculate_TradeNotFlat_Throws()
    {
        var open = Trade("2026-11-24", "A", 1m, 0m) with { Exits = [] };

        Assert.Throws<ArgumentException>(() => Calc.Calculate([Session("2026-11-24")], [open]));
    }

    [Fact]
    public void Calculate_ExitThatIsABuy_Throws()
    {
        var t = Trade("2026-11-24", "A", 1m, 0m);
        var wrong = t with { Exits = [new ExitFill(t.Entries[0], ExitReason.StopLoss)] };

        var ex = Assert.Throws<ArgumentException>(() => Calc.Calculate([Session("2026-11-24")], [wrong]));
        Assert.Contains("not a sell", ex.Message);
    }

    [Fact]
    public void FromFills_NotFlat_Throws()
    {
        var t0 = new DateTimeOffset(2026, 11, 24, 16, 10, 0, TimeSpan.FromHours(9));

        Assert.Throws<ArgumentException>(() => ClosedTrade.FromFills(
            D("2026-11-24"), "A", [new Fill(OrderSide.Buy, 10, 10_000m, t0)],
            [new ExitFill(new Fill(OrderSide.Sell, 5, 10_000m, t0.AddHours(17)), ExitReason.StopLoss)], CostModel.Default));
    }

    public static TheoryData<string, Action<PerformanceOptions>> InvalidSettings => new()
    {
        { "Strategy:Performance:TradingDaysPerYear", o => o.TradingDaysPerYear = 0 },
        { "Strategy:Performance:AnnualRiskFreeRate", o => o.AnnualRiskFreeRate = -0.01m },
        { "Strategy:Performance:SharpeDecimals", o => o.SharpeDecimals = 11 },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void PerformanceCalculator_InvalidOptions_ThrowsNamingTheSetting(string path, Action<PerformanceOptions> spoil)
    {
        var options = new PerformanceOptions();
        spoil(options);

        var ex = Assert.Throws<InvalidOptionsException>(() => new PerformanceCalculator(options));
        Assert.Contains(ex.Errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_MatchTheSpec()
    {
        var o = new PerformanceOptions();

        Assert.Equal((252, 0m, 4), (o.TradingDaysPerYear, o.AnnualRiskFreeRate, o.SharpeDecimals));
        Assert.Empty(OptionsValidation.Validate(o, PerformanceOptions.Section));
    }
}
