using KisTrader.Trading.Options;
using KisTrader.Trading.Risk;

namespace KisTrader.Trading.Tests.Risk;

public sealed class RiskOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var o = new RiskOptions();

        Assert.Empty(OptionsValidation.Validate(o, RiskOptions.Section));
        Assert.Equal((10_000_000m, 1_000_000m, 0.00015m, false), (o.MaxPositionKrw, o.MaxDailyLossKrw, o.CommissionReserveRate, o.RefuseExitsDuringVi));
        Assert.Empty(o.ReconciliationIgnoredSymbols);
    }

    public static TheoryData<string, Action<RiskOptions>> InvalidSettings => new()
    {
        { "KisTrader:Risk:MaxPositionKrw", o => o.MaxPositionKrw = 0m },
        { "KisTrader:Risk:MaxDailyLossKrw", o => o.MaxDailyLossKrw = -1m },
        { "KisTrader:Risk:CommissionReserveRate", o => o.CommissionReserveRate = 0.02m },
        { "KisTrader:Risk:ReconciliationIgnoredSymbols", o => o.ReconciliationIgnoredSymbols = ["5930"] },
        { "KisTrader:Risk:ReconciliationIgnoredSymbols", o => o.ReconciliationIgnoredSymbols = null! },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_NamesTheSetting(string path, Action<RiskOptions> spoil)
    {
        var options = new RiskOptions();
        spoil(options);

        Assert.Contains(OptionsValidation.Validate(options, RiskOptions.Section), e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }
}
