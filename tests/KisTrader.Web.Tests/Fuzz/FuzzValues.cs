using System.Globalization;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>The pools the fuzz draws from: every value here is wrong for the place it is put (see each pool).</summary>
internal static class FuzzValues
{
    /// <summary>
    /// (A NUL in a path, <c>%00</c>, is refused by Kestrel before the app; the test server throws on it, so it is not sent.)
    /// Route values: malformed, out of range or unknown for every route parameter the API has (dates, KRX codes, order
    /// and key ids) — a date that is no trading day, a code or id nobody made, a path trick, a huge value.
    /// </summary>
    public static readonly string[] RouteValues =
    [
        "2026-02-30", "2026-13-01", "0000-00-00", "26-11-23", "2026-11-22", "1999-12-31", "2101-01-04", "20261123",
        "2026-11-23T10:00", "yesterday", "999999", "99999Z", "00593", "0059300", "-1", "0", "9223372036854775808",
        "1e308", "NaN", "null", "%20", "%25", "..%2F..%2Fetc%2Fpasswd", "%E2%82%AC%E2%82%AC", "%F0%9F%98%80",
        "a%22b%3Cscript%3E", "0123456789abcdef", "ffffffffffffffff", "ABCDEF0123456789", "unknown-order-1",
        "manual%2F2026-11-23%2Fnever", "x;drop table", "'", "%C0%AF",
    ];

    /// <summary>Values wrong for any query parameter (dates, codes, enums, pages, sequences).</summary>
    public static readonly string[] QueryValues =
    [
        "", " ", "-1", "0", "1.5", "1e3", "99999999999999999999", "2026-02-30", "not-a-date", "Buy,Sell", "%00",
        "%E2%80%AE", "ZZZ", "null", "[]", "{}", "%27%20OR%201%3D1",
    ];

    /// <summary>The query parameter names the API reads somewhere, and one nobody reads.</summary>
    public static readonly string[] QueryNames = ["date", "symbol", "side", "state", "purpose", "page", "pageSize", "from", "to", "after", "limit", "zz"];

    /// <summary>Numbers out of every body field's range (speed 1–1000, quantity 1–10⁶, whole-won prices), or not representable.</summary>
    public static readonly string[] BadNumbers =
    [
        "-1", "0", "-1000000000", "1e30", "79228162514264337593543950335", "0.5", "1.5e-7", "9223372036854775808", "-0",
        "1e400", "-79228162514264337593543950336",
    ];

    /// <summary>Numbers far outside every body field's range (or not representable as the field's type at all).</summary>
    public static readonly string[] OutOfRange =
    [
        "1e30", "1e400", "79228162514264337593543950335", "-79228162514264337593543950336", "9223372036854775808",
        "-1000000000", "123456789012345678901234567.5",
    ];

    /// <summary>Instants that are not ISO 8601 or out of range (never a forward jump the clock could take).</summary>
    public static readonly string[] BadInstants =
    [
        "\"2026-02-30T00:00:00+09:00\"", "\"tomorrow\"", "\"\"", "\"10000-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00+00:00\"",
        "\"2026-11-23T25:61:00+09:00\"", "\"2026-11-23T10:00:00+99:00\"", "\"1999-01-01T00:00:00Z\"",
    ];

    /// <summary>Text to fill the other fields with (some plausible, some hostile): the poison makes the body wrong.</summary>
    public static readonly string[] Texts =
    [
        "", " ", "005930", "Buy", "Sell", "Trader", "Viewer", "signals", "KOSPI", "Common", "ünïcödé 한글", "\u0000", "\u202e",
        "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%s%n%x", "null", "\ud800",
    ];

    /// <summary>A huge string (300 to 20,000 characters): longer than any text field the API takes.</summary>
    public static string Huge(Random random)
    {
        var length = random.Next(300, 20_000);
        return string.Create(length, random.Next(26), (span, start) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + ((start + i) % 26));
            }
        });
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public static string Number(Random random) => random.Next(4) switch
    {
        0 => random.Next(1, 1000).ToString(CultureInfo.InvariantCulture),
        1 => (random.NextDouble() * 100).ToString("0.####", CultureInfo.InvariantCulture),
        _ => random.Pick(BadNumbers),
    };
}
