using KisTrader.Trading.Money;
using KisTrader.Trading.Options;

namespace KisTrader.Trading.Tests.MoneyTests;

/// <summary>Commission 0.015% per side, tax 0.20% on sells, each rounded down to the won.</summary>
public sealed class CostModelTests
{
    private static readonly CostModel Costs = CostModel.Default;

    [Theory]
    [InlineData(1_000_000, 150)]  // 1,000,000 × 0.00015 = 150
    [InlineData(1_030_000, 154)]  // 154.5 → 154
    [InlineData(6_666, 0)]        // 0.9999 → 0
    [InlineData(6_667, 1)]        // 1.00005 → 1
    [InlineData(13_333, 1)]       // 1.99995 → 1
    [InlineData(13_334, 2)]       // 2.0001 → 2
    [InlineData(0, 0)]
    public void Commission_RoundsDownToTheWon(int amount, int expected) => Assert.Equal(expected, Costs.Commission(amount));

    [Theory]
    [InlineData(1_030_000, 2_060)] // × 0.002 = 2,060
    [InlineData(1_234_567, 2_469)] // 2,469.134 → 2,469
    [InlineData(499, 0)]           // 0.998 → 0
    [InlineData(500, 1)]           // 1.000 → 1
    [InlineData(999, 1)]           // 1.998 → 1
    public void Tax_RoundsDownToTheWon(int amount, int expected) => Assert.Equal(expected, Costs.Tax(amount));

    [Fact]
    public void NetBuyCostAndNetSellProceeds_AddAndSubtractTheFees()
    {
        Assert.Equal(1_000_150m, Costs.NetBuyCost(1_000_000m));       // + 150
        Assert.Equal(1_027_786m, Costs.NetSellProceeds(1_030_000m));  // − 154 − 2,060
        Assert.Equal(2_214m, Costs.SellCosts(1_030_000m));
    }

    [Fact]
    public void Tax_TenWonUnit_RoundsDownToTenWon()
    {
        var costs = new CostModel(new CostOptions { TaxRoundingUnit = 10m, CommissionRoundingUnit = 10m });

        Assert.Equal(2_460m, costs.Tax(1_234_567m));       // 2,469.134 → 2,460
        Assert.Equal(180m, costs.Commission(1_234_567m));  // 185.18505 → 180
    }

    [Fact]
    public void Tax_2025Rate_IsConfigurable() =>
        Assert.Equal(1_545m, new CostModel(new CostOptions { SellTaxRate = 0.0015m }).Tax(1_030_000m)); // 1,545.0

    [Fact]
    public void Commission_NegativeAmount_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Costs.Commission(-1m));

    [Fact]
    public void Defaults_MatchTheSpec()
    {
        var o = new CostOptions();

        Assert.Empty(OptionsValidation.Validate(o, CostOptions.Section));
        Assert.Equal((0.00015m, 0.0020m, 1m, 1m), (o.CommissionRate, o.SellTaxRate, o.CommissionRoundingUnit, o.TaxRoundingUnit));
        Assert.Equal((0.00015m, 0.0020m), (Costs.CommissionRate, Costs.SellTaxRate));
    }

    public static TheoryData<string, Action<CostOptions>> InvalidSettings => new()
    {
        { "Strategy:Costs:CommissionRate", o => o.CommissionRate = -0.0001m },
        { "Strategy:Costs:CommissionRate", o => o.CommissionRate = 0.0101m },
        { "Strategy:Costs:SellTaxRate", o => o.SellTaxRate = -0.0001m },
        { "Strategy:Costs:SellTaxRate", o => o.SellTaxRate = 0.0501m },
        { "Strategy:Costs:CommissionRoundingUnit", o => o.CommissionRoundingUnit = 0m },
        { "Strategy:Costs:TaxRoundingUnit", o => o.TaxRoundingUnit = 0.5m },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void CostModel_InvalidOptions_ThrowsNamingTheSetting(string path, Action<CostOptions> spoil)
    {
        var options = new CostOptions();
        spoil(options);

        var ex = Assert.Throws<InvalidOptionsException>(() => new CostModel(options));

        Assert.Contains(ex.Errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ZeroRates_AreAllowed() =>
        Assert.Empty(OptionsValidation.Validate(new CostOptions { CommissionRate = 0m, SellTaxRate = 0m }, CostOptions.Section));
}
