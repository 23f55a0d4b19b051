using KisTrader.Grains.Realtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary><c>KisTrader:MarketData</c> as <c>AddMarketData</c> binds and validates it: defaults, and messages that name the setting.</summary>
public sealed class MarketDataOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var options = Resolve([]);
        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5)), (options.ReminderPeriod, options.KeepAlivePeriod, options.RestoreRetryDelay));
    }

    [Theory]
    [InlineData("ReminderPeriod", "00:00:30", "KisTrader:MarketData:ReminderPeriod must be between 00:01:00 and 00:10:00.")]
    [InlineData("KeepAlivePeriod", "00:00:00", "KisTrader:MarketData:KeepAlivePeriod must be between 00:00:01 and 00:10:00.")]
    [InlineData("RestoreRetryDelay", "00:10:00", "KisTrader:MarketData:RestoreRetryDelay must be between 00:00:00.100 and 00:05:00.")]
    public void OutOfRange_IsRefused_NamingTheSetting(string key, string value, string message)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [$"{MarketDataOptions.Section}:{key}"] = value }));
        Assert.Contains(message, failure.Failures);
    }

    private static MarketDataOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddMarketData(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<MarketDataOptions>>().Value;
    }
}
