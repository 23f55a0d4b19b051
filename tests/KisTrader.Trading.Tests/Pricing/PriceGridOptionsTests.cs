using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Tests.PricingTests;

public sealed class PriceGridOptionsTests
{
    private const string Section = "Strategy:PriceGrid";

    [Fact]
    public void Defaults_AreValidAndMatchTheKrxTable()
    {
        var o = new PriceGridOptions();

        Assert.Empty(OptionsValidation.Validate(o, Section));
        Assert.Equal(
            [(2_000m, 1m), (5_000m, 5m), (20_000m, 10m), (50_000m, 50m), (200_000m, 100m), (500_000m, 500m), (0m, 1_000m)],
            o.Bands.Select(b => (b.UpperExclusive, b.Tick)));
        Assert.Equal((0.30m, 0.10m), (o.DailyLimitRate, o.AfterHoursBandRate));
    }

    public static TheoryData<string, Action<PriceGridOptions>> InvalidSettings => new()
    {
        { "Strategy:PriceGrid:Bands", o => o.Bands = [] },
        { "Strategy:PriceGrid:Bands", o => o.Bands[^1].UpperExclusive = 1_000_000m },   // last band not unbounded
        { "Strategy:PriceGrid:Bands", o => o.Bands[2].UpperExclusive = 0m },            // unbounded band in the middle
        { "Strategy:PriceGrid:Bands", o => o.Bands[2].UpperExclusive = 4_000m },        // bounds not ascending
        { "Strategy:PriceGrid:Bands", o => o.Bands[1].UpperExclusive = 5_005m },        // edge off the next band's grid
        { "Strategy:PriceGrid:Bands:0:Tick", o => o.Bands[0].Tick = 0m },
        { "Strategy:PriceGrid:DailyLimitRate", o => o.DailyLimitRate = 0m },
        { "Strategy:PriceGrid:AfterHoursBandRate", o => o.AfterHoursBandRate = 1.5m },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_NamesTheSetting(string path, Action<PriceGridOptions> spoil)
    {
        var options = new PriceGridOptions();
        spoil(options);

        var errors = OptionsValidation.Validate(options, Section);

        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }
}
