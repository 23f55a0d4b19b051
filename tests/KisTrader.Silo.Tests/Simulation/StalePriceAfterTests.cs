using KisTrader.Silo.Simulation;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>The positions' price fallback period a simulated run gets when none is configured.</summary>
public sealed class StalePriceAfterTests
{
    [Theory]
    [InlineData("1", 30)]
    [InlineData("15", 30)]
    [InlineData("60", 120)]
    [InlineData("120", 240)]
    [InlineData("300", 600)]
    [InlineData("600", 600)]
    [InlineData("1000", 600)]
    public void StalePriceAfter_Speed_TwoWallSecondsWithinTheProductsBounds(string speed, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), SimulationEnvironment.StalePriceAfter(decimal.Parse(speed, System.Globalization.CultureInfo.InvariantCulture)));
}
