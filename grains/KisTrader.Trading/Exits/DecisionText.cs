using System.Globalization;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Exits;

/// <summary>Culture-invariant formatting for the human-readable explanations carried by decisions.</summary>
internal static class DecisionText
{
    /// <summary>A fraction as a signed percentage with two decimals: 0.0325 => "+3.25%".</summary>
    public static string Pct(decimal fraction) =>
        (fraction * 100m).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A fraction as the raw configured value (for option messages): -0.03 => "-0.03".</summary>
    public static string Ratio(decimal fraction) => fraction.ToString(CultureInfo.InvariantCulture);

    /// <summary>KRW with thousands separators, no decimals unless present: 2000 => "2,000".</summary>
    public static string Won(decimal amount) => amount.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>A KST wall-clock time: "15:20:00".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A duration in seconds: "2.5 s".</summary>
    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>An instant in KST: "15:20:00.000".</summary>
    public static string Instant(DateTimeOffset instant) =>
        KrxTime.ToKst(instant).ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
