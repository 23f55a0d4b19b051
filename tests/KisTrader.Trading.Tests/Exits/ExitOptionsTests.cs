using KisTrader.Trading.Exits;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

public sealed class ExitOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidAndMatchTheSpec()
    {
        var o = new ExitOptions();

        Assert.Empty(OptionsValidation.Validate(o, ExitOptions.Section));
        Assert.Equal((0.05m, -0.03m, 0.03m, -0.03m, 0.5m), (o.MorningTakeProfit, o.MorningStopLoss, o.AfternoonPartialTakeProfit, o.AfternoonStopLoss, o.PartialFraction));
        Assert.Equal((-0.015m, 0.015m, TimeSpan.FromSeconds(30)), (o.FlatRangeLower, o.FlatRangeUpper, o.LimitOrderTimeout));
        Assert.Equal(new TimeOnly(15, 25), o.ForcedMarketConversion);
    }

    public static TheoryData<string, Action<ExitOptions>> InvalidSettings => new()
    {
        { "Strategy:Exits:MorningStopLoss", o => o.MorningStopLoss = 0.03m },
        { "Strategy:Exits:MorningTakeProfit", o => o.MorningTakeProfit = 0m },
        { "Strategy:Exits:AfternoonStopLoss", o => o.AfternoonStopLoss = 0m },
        { "Strategy:Exits:AfternoonPartialTakeProfit", o => o.AfternoonPartialTakeProfit = -0.03m },
        { "Strategy:Exits:PartialFraction", o => o.PartialFraction = 1.5m },
        { "Strategy:Exits:LimitOrderTimeout", o => o.LimitOrderTimeout = TimeSpan.Zero },
        { "Strategy:Exits:AfternoonStart", o => o.AfternoonStart = new TimeOnly(9, 0) },
        { "Strategy:Exits:ForcedMarketConversion", o => o.ForcedMarketConversion = new TimeOnly(15, 19) },
        { "Strategy:Exits:FlatRangeLower", o => o.FlatRangeLower = -0.03m },
        { "Strategy:Exits:FlatRangeUpper", o => o.FlatRangeUpper = 0.03m },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_NamesTheSetting(string path, Action<ExitOptions> spoil)
    {
        var options = new ExitOptions();
        spoil(options);

        var errors = OptionsValidation.Validate(options, ExitOptions.Section);

        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PartialAtAfternoonStart_AllowsAFlatRangeAboveThePartialThreshold()
    {
        var options = new ExitOptions { PartialAtAfternoonStart = true, FlatRangeUpper = 0.04m };

        Assert.Empty(OptionsValidation.Validate(options, ExitOptions.Section));
    }

    [Fact]
    public void ExitPolicy_InvalidOptions_ThrowsNamingTheSetting()
    {
        var options = new ExitOptions { MorningStopLoss = 0.03m };

        var ex = Assert.Throws<InvalidOptionsException>(() => new ExitPolicy(options, PriceGrid.Default, NormalDay));

        Assert.Contains("Strategy:Exits:MorningStopLoss", ex.Message);
    }

    [Fact]
    public void ExitOrderManager_InvalidOptions_Throws() =>
        Assert.Throws<InvalidOptionsException>(() => new ExitOrderManager(new ExitOptions { LimitOrderTimeout = TimeSpan.Zero }, NormalDay));
}
