using KisTrader.Grains.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>The schedule's options: bound from <c>KisTrader:Schedule</c>, every failure names the setting.</summary>
public sealed class ScheduleOptionsTests
{
    private static ScheduleOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddScheduling(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ScheduleOptions>>().Value;
    }

    [Fact]
    public void Defaults_AreValid()
    {
        var options = Resolve([]);
        Assert.Equal(TimeSpan.FromHours(1), options.PrefetchLead);
        Assert.Equal(TimeSpan.FromMinutes(10), options.CatchUpWindow);
        Assert.Equal(TimeSpan.FromMinutes(1), options.TickPeriod);
        Assert.Equal(TimeSpan.FromSeconds(1), options.StartRetryDelay);
        Assert.Equal(TimeSpan.FromMinutes(1), options.StartRetryMaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(45), options.StartAttemptTimeout);
    }

    [Fact]
    public void Bound_FromSection()
    {
        var options = Resolve(new() { ["KisTrader:Schedule:PrefetchLead"] = "02:00:00", ["KisTrader:Schedule:CatchUpWindow"] = "00:05:00" });
        Assert.Equal(TimeSpan.FromHours(2), options.PrefetchLead);
        Assert.Equal(TimeSpan.FromMinutes(5), options.CatchUpWindow);
    }

    [Theory]
    [InlineData("KisTrader:Schedule:PrefetchLead", "00:00:30", "KisTrader:Schedule:PrefetchLead must be between 00:01:00 and 06:00:00.")]
    [InlineData("KisTrader:Schedule:TickPeriod", "00:00:10", "KisTrader:Schedule:TickPeriod must be between 00:01:00 and 00:10:00.")]
    [InlineData("KisTrader:Schedule:CatchUpWindow", "02:00:00", "KisTrader:Schedule:CatchUpWindow must be between 00:00:00 and 01:00:00.")]
    [InlineData("KisTrader:Schedule:CatchUpWindow", "00:00:30", "KisTrader:Schedule:CatchUpWindow must be zero or at least KisTrader:Schedule:TickPeriod")]
    [InlineData("KisTrader:Schedule:CalendarDays", "0", "KisTrader:Schedule:CalendarDays must be between 1 and 400.")]
    [InlineData("KisTrader:Schedule:HistoryLength", "0", "KisTrader:Schedule:HistoryLength must be between 1 and 500.")]
    [InlineData("KisTrader:Schedule:CalendarRefreshTimeout", "00:00:00", "KisTrader:Schedule:CalendarRefreshTimeout must be between 00:00:01 and 00:00:20.")]
    [InlineData("KisTrader:Schedule:StartRetryMaxDelay", "00:00:00.500", "KisTrader:Schedule:StartRetryMaxDelay must be at least KisTrader:Schedule:StartRetryDelay")]
    [InlineData("KisTrader:Schedule:StartAttemptTimeout", "00:00:00", "KisTrader:Schedule:StartAttemptTimeout must be between 00:00:01 and 00:10:00.")]
    [InlineData("KisTrader:Schedule:StartRetryDelay", "00:00:00", "KisTrader:Schedule:StartRetryDelay must be between 00:00:00.010 and 00:01:00.")]
    public void Invalid_MessageNamesTheSetting(string key, string value, string message)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));
        Assert.Contains(message, e.Failures);
    }
}
