using KisTrader.Trading.Exits;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean words of the exit rules (strategy.md §7): the rule (익절, 손절…), its window by the default base KST times
/// ("09:00–13:00 구간", never a bare enum name) and why a limit sell became a market order.
/// </summary>
internal static class KoreanExitWording
{
    private static readonly ExitOptions Base = new();

    /// <summary>An exit rule in Korean.</summary>
    public static string Rule(ExitReason? reason) => reason switch
    {
        ExitReason.TakeProfit => "익절",
        ExitReason.PartialTakeProfit => "부분 익절",
        ExitReason.StopLoss => "손절",
        ExitReason.FlatRangeExit => "보합 구간 청산",
        ExitReason.ForcedExit => "강제 청산",
        ExitReason.Manual => "수동 청산",
        null => "청산",
        _ => "청산 규칙 " + (int)reason.Value,
    };

    /// <summary>An exit rule given by its name (an order's reason, a session's exit counts); another text as it is.</summary>
    public static string Rule(string? name) =>
        Enum.TryParse<ExitReason>(name, ignoreCase: false, out var r) && Enum.IsDefined(r) && !int.TryParse(name, out _)
            ? Rule(r)
            : name ?? "청산";

    /// <summary>The window of an exit decision (an <see cref="ExitWindow"/> name), by its base KST times.</summary>
    public static string Window(string? window) =>
        Enum.TryParse<ExitWindow>(window, ignoreCase: false, out var w) && Enum.IsDefined(w) && !int.TryParse(window, out _)
            ? Window(w)
            : window ?? "구간 미상";

    /// <summary>An exit window by its base KST times.</summary>
    public static string Window(ExitWindow window) => window switch
    {
        ExitWindow.BeforeOpen => $"{KoreanFormat.Time(Base.MorningStart)} 개장 전",
        ExitWindow.Morning => Span(Base.MorningStart, Base.AfternoonStart, "구간"),
        ExitWindow.Afternoon => Span(Base.AfternoonStart, Base.PreCloseStart, "구간"),
        ExitWindow.PreClose => Span(Base.PreCloseStart, Base.ForcedExitStart, "구간"),
        ExitWindow.ClosingAuction => Span(Base.ForcedExitStart, Base.MarketClose, "종가 단일가"),
        _ => $"{KoreanFormat.Time(Base.MarketClose)} 장 마감 후",
    };

    /// <summary>Why a limit sell was converted to a market order.</summary>
    public static string Conversion(string? why) => why switch
    {
        "LimitTimeout" => "지정가 미체결 시간 초과",
        "MarketDeadline" => $"{KoreanFormat.Time(Base.ForcedMarketConversion)} 시장가 전환 시한",
        "Flatten" => "전량 청산",
        null or "" => "사유 미기록",
        _ => why,
    };

    private static string Span(TimeOnly from, TimeOnly to, string what) => $"{KoreanFormat.Time(from)}–{KoreanFormat.Time(to)} {what}";
}
