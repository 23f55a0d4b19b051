using KisTrader.Silo.Commands;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Tests.Clock;

/// <summary>The run's --speed and --start flags, the speed and fast-forward settings, and the quiet hours from the KRX calendar.</summary>
public sealed class SimulationSpeedOptionsTests
{
    private static SimulationOptions Load(params string[] args) =>
        SimulationOptions.Load(new ConfigurationBuilder().AddCommandLine(SimulationCommand.ShortFlags(args)).Build());

    [Fact]
    public void ShortFlags_SpeedAndStart_BindAsTheSimulationSettings()
    {
        var options = Load("--speed", "60", "--start=2026-11-23T15:29:00+09:00", "--KisTrader:Simulation:FastForward=true");

        Assert.Equal(60m, options.Speed);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 29, 0, TimeSpan.FromHours(9)), options.Start);
        Assert.True(options.FastForward);
        Assert.Equal(TimeSpan.FromMinutes(10), options.FastForwardHorizon);
    }

    [Fact]
    public void Defaults_TheTwoDaysInUnderTenMinutes_120xWithTheIdleFastForward()
    {
        var options = Load();
        var off = Load("--speed", "1", "--KisTrader:Simulation:FastForward=false");

        Assert.Equal(120m, options.Speed);
        Assert.True(options.FastForward);
        Assert.Equal(1m, off.Speed);
        Assert.False(off.FastForward);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("1001")]
    [InlineData("fast")]
    public void Speed_OutOfRange_RefusedNamingTheSetting(string speed)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Load("--speed", speed));

        Assert.Equal([$"KisTrader:Simulation:Speed must be a number from 1 to 1000 (simulated seconds per wall second; value: '{speed}')"], refused.Failures);
    }

    [Fact]
    public void QuietUntil_TradingDayWindow_OpenFromPreOpenTo10MinutesAfterTheEndOfAfterHours()
    {
        var calendar = KrxCalendar.Default;
        static DateTimeOffset Kst(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(9));

        Assert.Null(SimulationQuietHours.QuietUntil(calendar, Kst(23, 15, 30)));
        Assert.Equal(Kst(23, 8, 30), SimulationQuietHours.QuietUntil(calendar, Kst(23, 3, 0)));
        Assert.Null(SimulationQuietHours.QuietUntil(calendar, Kst(23, 18, 5))); // the 18:05 reconciliation runs in the window
        Assert.Equal(Kst(24, 8, 30), SimulationQuietHours.QuietUntil(calendar, Kst(23, 18, 10)));
        Assert.Equal(Kst(30, 8, 30), SimulationQuietHours.QuietUntil(calendar, Kst(28, 12, 0))); // Saturday → Monday
    }
}
