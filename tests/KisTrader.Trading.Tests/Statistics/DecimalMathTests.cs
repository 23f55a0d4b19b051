using KisTrader.Trading.Statistics;

namespace KisTrader.Trading.Tests.StatisticsTests;

public sealed class DecimalMathTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("4", "2")]
    [InlineData("0.0001", "0.01")]
    [InlineData("1000000", "1000")]
    public void Sqrt_PerfectSquares_Exact(string value, string root) =>
        Assert.Equal(decimal.Parse(root, System.Globalization.CultureInfo.InvariantCulture),
            DecimalMath.Sqrt(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2", "1.4142135623730950488016887242")]
    [InlineData("252", "15.874507866387543543009694522")]
    [InlineData("0.00013425", "0.0115866302262564675323200")]
    public void Sqrt_Irrational_CorrectToDecimalPrecision(string value, string root)
    {
        var actual = DecimalMath.Sqrt(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(Math.Abs(actual - decimal.Parse(root, System.Globalization.CultureInfo.InvariantCulture)) < 1e-22m, $"√{value} = {actual}");
    }

    [Fact]
    public void Sqrt_Extremes_Converge()
    {
        Assert.True(Math.Abs(DecimalMath.Sqrt(1e-28m) - 1e-14m) < 1e-27m);

        // decimal.MaxValue = 2^96 − 1, whose root is 2^48 − 1.8e-15.
        Assert.True(Math.Abs(DecimalMath.Sqrt(decimal.MaxValue) - 281_474_976_710_656m) < 1e-10m);
    }

    [Fact]
    public void Sqrt_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Sqrt(-1m));
}
