using KisTrader.GrainInterfaces;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean line of an <see cref="AfterHoursChanged"/>: the watch list and budget, each checkpoint's observed prices
/// against the threshold and its decisions (돌파 매수, 대기, 제외 → 예비 승격…), the re-search, the end.
/// </summary>
internal static class KoreanAfterHoursWording
{
    public static string Word(AfterHoursChanged p) => p.Change switch
    {
        AfterHoursChange.Started =>
            $"시간외 {Date(p.TradingDate)}: 감시 시작 {Codes(p.Codes)}; 예산 {Won(p.Budget)}, 기준 {Percent(p.Threshold, decimals: 1)}",
        AfterHoursChange.Checkpoint =>
            $"시간외 {Time(p.Checkpoint)} 체크포인트: 기준 {Percent(p.Threshold, decimals: 1)} → 다음 {Percent(p.NextThreshold, decimals: 1)}, 주문가능 {Won(p.OrderableCash)}; {Decisions(p)}",
        AfterHoursChange.Researched =>
            $"시간외 {Time(p.Checkpoint)} 이후 재검색: {(p.Codes.IsDefaultOrEmpty ? "새 종목 없음" : "추가 " + Codes(p.Codes))}",
        AfterHoursChange.EntryHanded => $"시간외 {Time(p.Checkpoint)}: {Codes(p.Codes)} 매수 주문을 포지션에 전달",
        AfterHoursChange.Ended =>
            $"시간외 {Date(p.TradingDate)} 종료: 매수 {Won(p.Committed)} / 예산 {Won(p.Budget)} ({Codes(p.Codes)}); 미체결 매수는 소멸",
        _ => $"시간외 {Date(p.TradingDate)}: 매수 {Won(p.Committed)} / 예산 {Won(p.Budget)}",
    };

    private static string Decisions(AfterHoursChanged p) =>
        p.Decisions.IsDefaultOrEmpty ? "판단 없음" : string.Join("; ", p.Decisions.Select(Decision));

    private static string Decision(AfterHoursDecisionView d)
    {
        var seen = d.Observed is { } o ? $"{Won(o)} ({Percent(d.Change)}, {Source(d.Source)}·{Feed(d.Feed)})" : "가격 없음";
        var what = d.Action switch
        {
            "Buy" => $"돌파 매수 {Shares(d.Quantity)} @ {Won(d.OrderPrice)}{(d.PriceCapped ? " (상한가 제한)" : "")}",
            "Hold" => "대기",
            "Drop" => d.Replacement is { } r ? $"제외 → 예비 {r} 승격" : "제외",
            "NoData" => "자료 없음",
            "AlreadyBought" => "이미 매수",
            "ZeroQuantity" => $"돌파, 수량 0으로 매수 안 함 (@ {Won(d.OrderPrice)})",
            _ => d.Action,
        };
        return $"{d.Code} {seen} {what}";
    }

    private static string Source(string? source) => source switch
    {
        "Match" => "체결가",
        "Indicative" => "예상가",
        null => "출처 미상",
        _ => source,
    };

    private static string Feed(string? feed) => feed switch
    {
        "Feed" => "실시간",
        "Rest" => "조회",
        null => "경로 미상",
        _ => feed,
    };
}
