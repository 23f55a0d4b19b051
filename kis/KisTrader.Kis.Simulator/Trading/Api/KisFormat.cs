using System.Globalization;
using KisTrader.Kis.Simulator.Clock;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>How KIS writes numbers: strings, integers without decimals, rates with two, signs as 1–5.</summary>
internal static class KisFormat
{
    /// <summary>Whole number (truncated toward zero), e.g. "71200", "-300".</summary>
    public static string Int(decimal value) => decimal.Truncate(value).ToString("0", CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Two decimals, e.g. "1.25", "-0.40".</summary>
    public static string Rate(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Fixed decimals, e.g. Fixed(71250m, 4) = "71250.0000".</summary>
    public static string Fixed(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Percent change of <paramref name="value"/> against <paramref name="basis"/> (0 when the basis is 0), two decimals.</summary>
    public static string Percent(decimal value, decimal basis) => Rate(basis == 0m ? 0m : (value - basis) * 100m / basis);

    /// <summary>prdy_vrss_sign: 1 상한, 2 상승, 3 보합, 4 하한, 5 하락.</summary>
    public static string Sign(decimal price, decimal basePrice, decimal upperLimit, decimal lowerLimit)
    {
        if (upperLimit > 0m && price >= upperLimit)
        {
            return "1";
        }

        if (lowerLimit > 0m && price <= lowerLimit)
        {
            return "4";
        }

        return SignOf(price - basePrice);
    }

    /// <summary>Sign of a difference: 2 up, 3 flat, 5 down.</summary>
    public static string SignOf(decimal difference) => difference > 0m ? "2" : difference == 0m ? "3" : "5";

    public static string Hhmmss(DateTimeOffset instant) => Kst.Hhmmss(instant);

    public static string Date(DateOnly date) => Kst.Yyyymmdd(date);
}
