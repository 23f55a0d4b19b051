using System.Globalization;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// One KIS output object: lower-case field names in the documented order, every value a string (kis-api.md §4).
/// </summary>
internal sealed class KisRow
{
    private readonly List<KeyValuePair<string, string>> _fields;

    public KisRow(int capacity = 16)
    {
        _fields = new List<KeyValuePair<string, string>>(capacity);
    }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public string this[string name] => _fields.First(f => f.Key == name).Value;

    public KisRow Add(string name, string value)
    {
        _fields.Add(new(name, value));
        return this;
    }

    public KisRow Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Integer won / counts (decimal input without fraction).</summary>
    public KisRow Add(string name, decimal value) => Add(name, KisFormat.Number(value));

    /// <summary>A rate or ratio with two decimals ("1.23", "-0.50").</summary>
    public KisRow Rate(string name, decimal value) => Add(name, KisFormat.Rate(value));
}

/// <summary>KIS number formats.</summary>
internal static class KisFormat
{
    public static string Number(decimal value) => decimal.Round(value, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    public static string Rate(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset instant) => Market.KstTime.ToKst(instant).ToString("HHmmss", CultureInfo.InvariantCulture);

    /// <summary>prdy_vrss_sign: 1 상한, 2 상승, 3 보합, 4 하한, 5 하락.</summary>
    public static string Sign(decimal price, decimal basePrice, decimal upper, decimal lower) =>
        price >= upper && price > basePrice ? "1"
        : price <= lower && price < basePrice ? "4"
        : price > basePrice ? "2"
        : price < basePrice ? "5"
        : "3";

    /// <summary>Sign of a plain difference (2 up, 3 flat, 5 down).</summary>
    public static string Sign(decimal difference) => difference > 0 ? "2" : difference < 0 ? "5" : "3";

    public static decimal Percent(decimal part, decimal whole) => whole == 0 ? 0 : part * 100m / whole;

    public static string YesNo(bool value) => value ? "Y" : "N";
}
