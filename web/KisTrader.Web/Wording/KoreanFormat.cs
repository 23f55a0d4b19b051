using System.Collections.Immutable;
using System.Globalization;
using KisTrader.Trading.Time;

namespace KisTrader.Web.Wording;

/// <summary>
/// The number, money, percentage and time formats of the Korean lines: culture-invariant digits with thousands
/// separators, 원 and 주 units, KST clock times.
/// </summary>
internal static class KoreanFormat
{
    /// <summary>The culture every number is formatted in.</summary>
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>An amount in won: 1,234,567원.</summary>
    public static string Won(decimal amount) => amount.ToString("#,0", Inv) + "원";

    /// <summary>An amount in won, or "-" when unknown.</summary>
    public static string Won(decimal? amount) => amount is { } a ? Won(a) : "-";

    /// <summary>A price that may carry fractions (an average): 70,100.5원.</summary>
    public static string Price(decimal amount) => amount.ToString("#,0.##", Inv) + "원";

    /// <summary>A profit or loss in won with its sign: +30,500원, -1,000원, 0원.</summary>
    public static string SignedWon(decimal amount) => amount.ToString("+#,0;-#,0;0", Inv) + "원";

    /// <summary>A share count: 1,200주.</summary>
    public static string Shares(long quantity) => quantity.ToString("#,0", Inv) + "주";

    /// <summary>A fraction as a percentage (two decimals, signed by default), or "-" when unknown.</summary>
    public static string Percent(decimal? fraction, bool signed = true, int decimals = 2)
    {
        if (fraction is not { } f)
        {
            return "-";
        }

        var digits = decimals == 1 ? "0.0" : "0.00";
        return (f * 100m).ToString(signed ? $"+{digits};-{digits};{digits}" : digits, Inv) + "%";
    }

    /// <summary>A KST clock time (HH:mm:ss) of an instant, or "?".</summary>
    public static string KstClock(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("HH:mm:ss", Inv) : "?";

    /// <summary>A KST date and minute (yyyy-MM-dd HH:mm) of an instant, or "?".</summary>
    public static string Kst(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("yyyy-MM-dd HH:mm", Inv) : "?";

    /// <summary>A base KST time (HH:mm), or "?".</summary>
    public static string Time(TimeOnly? time) => time is { } t ? t.ToString("HH:mm", Inv) : "?";

    /// <summary>A date (yyyy-MM-dd).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Inv);

    /// <summary>Codes joined by ", ", or <paramref name="none"/> when there are none (a default array counts as none).</summary>
    public static string Codes(ImmutableArray<string> codes, string none = "없음") =>
        codes.IsDefaultOrEmpty ? none : string.Join(", ", codes);

    /// <summary>" (text)" when text is given, else "".</summary>
    public static string Paren(string? text) => string.IsNullOrWhiteSpace(text) ? "" : $" ({text})";

    /// <summary>"who: why" (either may be missing), for a person's or a rule's request.</summary>
    public static string Who(string? requestedBy, string? reason) => (requestedBy, reason) switch
    {
        (null or "", null or "") => "요청자 미기록",
        (null or "", _) => reason!,
        (_, null or "") => requestedBy!,
        _ => $"{requestedBy}: {reason}",
    };
}
