using System.Globalization;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// Query parameters of a quotation call. Names are matched case-insensitively (OTA sends FID_*, MOJITO/Postman fid_*).
/// </summary>
internal sealed class QuotationQuery
{
    private readonly Func<string, string?> _get;

    public QuotationQuery(Func<string, string?> get)
    {
        _get = get;
    }

    public static QuotationQuery From(IReadOnlyDictionary<string, string> values)
    {
        var map = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
        return new QuotationQuery(name => map.GetValueOrDefault(name));
    }

    public string? this[string name] => _get(name)?.Trim();

    public string Text(string name, string fallback = "") => this[name] is { Length: > 0 } value ? value : fallback;

    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(this[name], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>HHMMSS (or HHMM) time.</summary>
    public TimeOnly? Time(string name)
    {
        var text = this[name];
        if (text is null || text.Length is not (4 or 6) || !text.All(char.IsAsciiDigit))
        {
            return null;
        }

        var h = int.Parse(text[..2], CultureInfo.InvariantCulture);
        var m = int.Parse(text[2..4], CultureInfo.InvariantCulture);
        var s = text.Length == 6 ? int.Parse(text[4..6], CultureInfo.InvariantCulture) : 0;
        return h < 24 && m < 60 && s < 60 ? new TimeOnly(h, m, s) : null;
    }

    public long? Long(string name) => long.TryParse(this[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
