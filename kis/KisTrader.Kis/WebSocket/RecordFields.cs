using System.Globalization;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// One record inside a split payload, read by the 1-based field numbers of kis-api.md §5.4. Numbers are strings on the
/// wire; an empty field reads as 0 (or null for optional fields); anything unreadable throws <see cref="FrameFormatException"/>.
/// </summary>
internal readonly struct RecordFields(string[] fields, int offset, int length)
{
    /// <summary>Fields in this record (the required count, or more when KIS appended fields).</summary>
    public int Length => length;

    public string Text(int number) => number <= length ? fields[offset + number - 1] : string.Empty;

    public string? OptionalText(int number) => number <= length && fields[offset + number - 1].Length > 0 ? fields[offset + number - 1] : null;

    public decimal Decimal(int number) => OptionalDecimal(number) ?? 0m;

    public decimal? OptionalDecimal(int number)
    {
        var text = Text(number).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FrameFormatException($"field {number} '{text}' is not a number");
    }

    public long Long(int number)
    {
        var text = Text(number).Trim();
        if (text.Length == 0)
        {
            return 0;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // Some quantities arrive as "123.00"; accept whole decimals only.
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue
            ? (long)d
            : throw new FrameFormatException($"field {number} '{text}' is not a whole number");
    }

    public int Int(int number)
    {
        var value = Long(number);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new FrameFormatException($"field {number} is out of range");
    }

    /// <summary>HHMMSS (KST).</summary>
    public TimeOnly Time(int number)
    {
        var text = Text(number).Trim();
        return text.Length == 6 && TimeOnly.TryParseExact(text, "HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FrameFormatException($"field {number} '{text}' is not HHMMSS");
    }

    /// <summary>YYYYMMDD.</summary>
    public DateOnly Date(int number)
    {
        var text = Text(number).Trim();
        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FrameFormatException($"field {number} '{text}' is not YYYYMMDD");
    }

    public PriceChangeSign Sign(int number) => Text(number).Trim() switch
    {
        "1" => PriceChangeSign.UpperLimit,
        "2" => PriceChangeSign.Up,
        "3" => PriceChangeSign.Unchanged,
        "4" => PriceChangeSign.LowerLimit,
        "5" => PriceChangeSign.Down,
        _ => PriceChangeSign.Unknown,
    };

    public bool YesNo(int number) => string.Equals(Text(number).Trim(), "Y", StringComparison.OrdinalIgnoreCase);
}
