using KisTrader.GrainInterfaces;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean line of a <see cref="PositionChanged"/>: the position and its state, then what happened with its figures
/// (shares, average price, P&amp;L, the exit rule and its window, the return it was decided on).
/// </summary>
internal static class KoreanPositionWording
{
    public static string Word(PositionChanged p) => $"포지션 {p.Key} [{Status(p.Status)}]: {What(p)}";

    /// <summary>A position's state as the dashboard's table names it.</summary>
    public static string Status(PositionStatus status) => status switch
    {
        PositionStatus.None => "진입 전",
        PositionStatus.Entering => "진입 중",
        PositionStatus.Open => "보유",
        PositionStatus.Closed => "종료",
        PositionStatus.Abandoned => "미체결 종료",
        _ => "상태 " + (int)status,
    };

    private static string What(PositionChanged p) => p.Change switch
    {
        PositionChange.EntryPlaced => $"매수 주문 {Shares(p.OrderQuantity)} {Limit(p.LimitPrice)}{Order(p.ClientOrderId)}",
        PositionChange.Opened => $"보유 시작, {Shares(p.Quantity)} 평균 {Price(p.AveragePrice)}",
        PositionChange.FirstPrice => $"당일 첫 가격 {Won(p.LastPrice)}{Against(p)}",
        PositionChange.ExitPlaced =>
            $"{KoreanExitWording.Rule(p.ExitReason)} ({KoreanExitWording.Window(p.Reason)}): 매도 {Shares(p.OrderQuantity)} {Limit(p.LimitPrice)}{Return(p.Return)}{Order(p.ClientOrderId)}",
        PositionChange.ExitConverted =>
            $"{KoreanExitWording.Rule(p.ExitReason)}: 주문 {p.ClientOrderId ?? "-"} 시장가 전환 ({KoreanExitWording.Conversion(p.Reason)})",
        PositionChange.Closed => $"청산 완료, 순손익 {SignedWon(p.RealizedPnL)}",
        PositionChange.Abandoned => "매수 미체결로 종료 (보유 없음)",
        PositionChange.FlattenRequested => $"전량 청산 요청 ({Who(p.RequestedBy, p.Reason)})",
        PositionChange.EntryCancelRequested => $"매수 잔량 취소 요청 ({Who(p.RequestedBy, p.Reason)})",
        _ => $"주문 {p.ClientOrderId ?? "-"} 변경, 보유 {Shares(p.Quantity)}{Average(p)}, 실현 손익 {SignedWon(p.RealizedPnL)}",
    };

    private static string Limit(decimal? limit) => limit is { } l ? "지정가 " + Won(l) : "시장가";

    private static string Order(string? clientOrderId) => clientOrderId is null ? "" : $" (주문 {clientOrderId})";

    private static string Return(decimal? r) => r is { } v ? ", 수익률 " + Percent(v) : "";

    private static string Average(PositionChanged p) => p.Quantity > 0 ? " 평균 " + Price(p.AveragePrice) : "";

    private static string Against(PositionChanged p) => p.LastPrice is { } last && p.AveragePrice > 0
        ? $" (평균 {Price(p.AveragePrice)} 대비 {Percent((last - p.AveragePrice) / p.AveragePrice)})"
        : "";
}
