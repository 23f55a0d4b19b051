using KisTrader.GrainInterfaces;
using KisTrader.Grains.Screening;
using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Tests.Screening;

public sealed class FunnelOptionsTests
{
    /// <summary>The source-generated validator as the silo registers it: messages name the configuration key.</summary>
    private static readonly SectionOptionsValidator<FunnelOptions> Validator = new(FunnelOptions.Section, new FunnelOptionsValidator());

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(Validator.Validate(null, new FunnelOptions()).Succeeded);

    [Fact]
    public void Validate_OutOfRange_NamesEachSetting()
    {
        var result = Validator.Validate(null, new FunnelOptions { MaxConcurrency = 0, DailyPriceLimit = 2m, HistoryCalendarDays = 10 });
        Assert.Equal(
            [
                "Screening:Funnel:MaxConcurrency must be between 1 and 64.",
                "Screening:Funnel:DailyPriceLimit must be between 0.01 and 1.",
                "Screening:Funnel:HistoryCalendarDays must be between 30 and 140.",
            ],
            result.Failures!);
    }

    [Fact]
    public void ThrowIfInvalid_OutOfRange_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => FunnelOptionsValidator.ThrowIfInvalid(new FunnelOptions { MaxConcurrency = 65 }));

        Assert.Equal(["Screening:Funnel:MaxConcurrency must be between 1 and 64."], error.Failures);
    }

    [Fact]
    public void TradingSessionKey_RoundTrips_AndRejectsOtherText()
    {
        var key = GrainKeys.TradingSession(new DateOnly(2026, 11, 23));
        Assert.Equal("2026-11-23", key);
        Assert.Equal(new DateOnly(2026, 11, 23), GrainKeys.ParseTradingSession(key));
        Assert.Throws<FormatException>(() => GrainKeys.ParseTradingSession("20261123"));
    }
}
