using System.Globalization;
using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// Reads one KIS output object. Every KIS value is a string: numbers are parsed with the invariant culture, dates are
/// yyyyMMdd, times HHmmss (KST). Names are matched exactly, then case-insensitively. Required readers throw
/// <see cref="KisParseException"/> naming the endpoint and field when the field is missing or malformed; optional readers
/// return null for a missing or empty field. Unknown fields are never looked at.
/// </summary>
internal readonly struct KisFields
{
    private const NumberStyles NumberFormat =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    private readonly JsonElement _element;

    private KisFields(JsonElement element, string endpoint)
    {
        _element = element;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    /// <summary>The fields of an object output; an array output must hold exactly one object (e.g. balance output2).</summary>
    public static KisFields Of(JsonElement output, string endpoint, string outputName)
    {
        var element = output;
        if (element.ValueKind == JsonValueKind.Array)
        {
            var length = element.GetArrayLength();
            if (length != 1)
            {
                throw new KisParseException(endpoint, string.Empty, $"{endpoint}: '{outputName}' must hold one row, got {length}.");
            }

            element = element[0];
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new KisParseException(endpoint, string.Empty, $"{endpoint}: '{outputName}' is {Describe(element.ValueKind)}, expected an object.");
        }

        return new KisFields(element, endpoint);
    }

    /// <summary>Parses every row of an array output; null/missing (Undefined) gives an empty list, as KIS omits empty lists.</summary>
    public static IReadOnlyList<T> Rows<T>(JsonElement output, string endpoint, string outputName, Func<KisFields, T> parse)
    {
        if (output.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return [];
        }

        if (output.ValueKind == JsonValueKind.Object)
        {
            // KIS answers a one-row list as an object on some endpoints; treat it as one row unless it is empty.
            return IsEmptyObject(output) ? [] : [parse(new KisFields(output, endpoint))];
        }

        if (output.ValueKind != JsonValueKind.Array)
        {
            throw new KisParseException(endpoint, string.Empty, $"{endpoint}: '{outputName}' is {Describe(output.ValueKind)}, expected an array.");
        }

        var rows = new List<T>(output.GetArrayLength());
        var index = 0;
        foreach (var row in output.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new KisParseException(endpoint, string.Empty, $"{endpoint}: '{outputName}'[{index}] is {Describe(row.ValueKind)}, expected an object.");
            }

            // Paging replies sometimes carry one all-empty row when there is nothing to show; skip rows without any value.
            if (!IsBlankRow(row))
            {
                rows.Add(parse(new KisFields(row, endpoint)));
            }

            index++;
        }

        return rows;
    }

    public bool Has(string name) => Raw(name) is not null;

    /// <summary>Required text (trimmed); an empty string is allowed.</summary>
    public string Text(string name) => Raw(name)?.Trim() ?? throw Missing(name);

    /// <summary>Text (trimmed), or null when missing or empty.</summary>
    public string? OptionalText(string name) => Raw(name)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Required decimal; an empty string means 0 (KIS leaves amounts blank when there is nothing).</summary>
    public decimal Number(string name) => ParseNumber(name, Raw(name) ?? throw Missing(name)) ?? 0m;

    /// <summary>Decimal, or null when missing or empty.</summary>
    public decimal? OptionalNumber(string name) => Raw(name) is { } raw ? ParseNumber(name, raw) : null;

    /// <summary>Required whole number (quantities, volumes, counts); empty means 0; "12.00" is accepted, "12.5" is not.</summary>
    public long Whole(string name) => ParseWhole(name, Raw(name) ?? throw Missing(name)) ?? 0L;

    /// <summary>Whole number, or null when missing or empty.</summary>
    public long? OptionalWhole(string name) => Raw(name) is { } raw ? ParseWhole(name, raw) : null;

    /// <summary>Required yyyyMMdd date; empty or all zeros is an error.</summary>
    public DateOnly Date(string name) => ParseDate(name, Raw(name) ?? throw Missing(name)) ?? throw Malformed(name, string.Empty, "date (yyyyMMdd)");

    /// <summary>yyyyMMdd date, or null when missing, empty or all zeros.</summary>
    public DateOnly? OptionalDate(string name) => Raw(name) is { } raw ? ParseDate(name, raw) : null;

    /// <summary>Required HHmmss time of day (KST); empty is an error.</summary>
    public TimeOnly Time(string name) => ParseTime(name, Raw(name) ?? throw Missing(name)) ?? throw Malformed(name, string.Empty, "time (HHmmss)");

    /// <summary>HHmmss time of day (KST), or null when missing or empty.</summary>
    public TimeOnly? OptionalTime(string name) => Raw(name) is { } raw ? ParseTime(name, raw) : null;

    /// <summary>Required Y/N flag ("1"/"0" accepted too); empty means N.</summary>
    public bool Flag(string name) => ParseFlag(name, Raw(name) ?? throw Missing(name)) ?? false;

    /// <summary>Y/N flag, or null when missing or empty.</summary>
    public bool? OptionalFlag(string name) => Raw(name) is { } raw ? ParseFlag(name, raw) : null;

    /// <summary>Required prdy_vrss_sign-style code (1–5); empty gives <see cref="PriceSign.None"/>.</summary>
    public PriceSign Sign(string name) => ParseSign(name, Raw(name) ?? throw Missing(name));

    /// <summary>Sign code, or <see cref="PriceSign.None"/> when missing or empty.</summary>
    public PriceSign OptionalSign(string name) => Raw(name) is { } raw ? ParseSign(name, raw) : PriceSign.None;

    /// <summary>
    /// A signed change: KIS sends most changes with a minus sign, but some screens send the magnitude and rely on the sign
    /// code. A positive value with a falling sign (4, 5) is negated, so the result is always signed.
    /// </summary>
    public decimal SignedChange(string valueName, PriceSign sign)
    {
        var value = Number(valueName);
        return sign.IsDown() && value > 0 ? -value : value;
    }

    /// <summary>Optional variant of <see cref="SignedChange"/>.</summary>
    public decimal? OptionalSignedChange(string valueName, PriceSign sign) =>
        OptionalNumber(valueName) is { } value ? (sign.IsDown() && value > 0 ? -value : value) : null;

    public KisParseException Malformed(string name, string raw, string expected)
    {
        // Values of market and order fields are not secrets; cut them anyway so a broken reply cannot flood a log line.
        var shown = raw.Length > 24 ? raw[..24] + "…" : raw;
        return new KisParseException(Endpoint, name, $"{Endpoint}: field '{name}' has value '{shown}', expected {expected}.");
    }

    private KisParseException Missing(string name) => new(Endpoint, name, $"{Endpoint}: required field '{name}' is missing.");

    private string? Raw(string name)
    {
        if (!_element.TryGetProperty(name, out var value))
        {
            var found = false;
            foreach (var property in _element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => string.Empty,
            // Tolerate numbers and booleans sent unquoted (seen in third-party mocks and revokeP's "code").
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "Y",
            JsonValueKind.False => "N",
            _ => throw Malformed(name, value.GetRawText(), "a string"),
        };
    }

    private decimal? ParseNumber(string name, string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(text, NumberFormat, CultureInfo.InvariantCulture, out var value) ? value : throw Malformed(name, raw, "a number");
    }

    private long? ParseWhole(string name, string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (decimal.TryParse(text, NumberFormat, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value)
            && value is >= long.MinValue and <= long.MaxValue)
        {
            return (long)value;
        }

        throw Malformed(name, raw, "a whole number");
    }

    private DateOnly? ParseDate(string name, string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0 || text.All(c => c == '0'))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Malformed(name, raw, "a date (yyyyMMdd)");
    }

    private TimeOnly? ParseTime(string name, string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return KisTime.TryParseTime(text, out var time) ? time : throw Malformed(name, raw, "a time (HHmmss)");
    }

    private bool? ParseFlag(string name, string raw) => raw.Trim() switch
    {
        "" => null,
        "Y" or "y" or "1" => true,
        "N" or "n" or "0" => false,
        _ => throw Malformed(name, raw, "Y or N"),
    };

    private PriceSign ParseSign(string name, string raw) => raw.Trim() switch
    {
        "" => PriceSign.None,
        "1" => PriceSign.UpperLimit,
        "2" => PriceSign.Up,
        "3" => PriceSign.Flat,
        "4" => PriceSign.LowerLimit,
        "5" => PriceSign.Down,
        _ => throw Malformed(name, raw, "a sign code 1-5"),
    };

    private static bool IsEmptyObject(JsonElement element)
    {
        using var properties = element.EnumerateObject();
        return !properties.MoveNext();
    }

    private static bool IsBlankRow(JsonElement row)
    {
        foreach (var property in row.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString()!.Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.Null => "null",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };
}
