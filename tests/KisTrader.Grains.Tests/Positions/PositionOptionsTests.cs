using KisTrader.Grains.Positions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Tests.Positions;

/// <summary><c>KisTrader:Positions</c> is validated: the price fallback's period is 0 (off, set explicitly) or 5 s to 10 min.</summary>
public sealed class PositionOptionsTests
{
    [Fact]
    public void StalePriceAfter_NotConfigured_IsThirtySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Options(null).StalePriceAfter);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:05")]
    [InlineData("00:01:00")]
    [InlineData("00:10:00")]
    public void StalePriceAfter_ZeroOrFiveSecondsToTenMinutes_IsAccepted(string value)
    {
        Assert.Equal(TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Options(value).StalePriceAfter);
    }

    [Theory]
    [InlineData("00:00:01")]
    [InlineData("00:00:04.999")]
    [InlineData("-00:00:01")]
    [InlineData("00:10:01")]
    public void StalePriceAfter_OutOfRange_IsRefusedNamingTheSetting(string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(value));

        Assert.Contains("StalePriceAfter", error.Message, StringComparison.Ordinal);
    }

    private static PositionOptions Options(string? stalePriceAfter)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(stalePriceAfter is null ? [] : [new("KisTrader:Positions:StalePriceAfter", stalePriceAfter)])
            .Build();
        using var services = new ServiceCollection().AddPositions(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<PositionOptions>>().Value;
    }
}
