using KisTrader.GrainInterfaces;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean line of an <see cref="OrderChanged"/>: the order (매수/매도, symbol, shares, price, kind, purpose), what
/// happened (접수, 체결, 부분체결, 거부, 취소, 결과미상…) with the filled shares, and [경고] when a person must be told.
/// </summary>
internal static class KoreanOrderWording
{
    public static string Word(OrderChanged p)
    {
        var intent = p.Order.Intent is { } i ? " " + Intent(i) : "";
        return $"주문 {p.ClientOrderId}{intent}: {What(p)}{(p.Alert ? " [경고]" : "")}";
    }

    /// <summary>매수/매도.</summary>
    public static string Side(OrderSide side) => side switch
    {
        OrderSide.Buy => "매수",
        OrderSide.Sell => "매도",
        _ => "주문",
    };

    /// <summary>An order's state as the dashboard's tables name it (OutcomeUnknown: 결과미상).</summary>
    public static string State(OrderState state) => state switch
    {
        OrderState.Intent => "생성",
        OrderState.Submitting => "전송 중",
        OrderState.Accepted => "접수",
        OrderState.PartiallyFilled => "부분체결",
        OrderState.Filled => "체결",
        OrderState.Rejected => "거부",
        OrderState.Cancelled => "취소",
        OrderState.Expired => "만료",
        OrderState.OutcomeUnknown => "결과미상",
        OrderState.Ambiguous => "불명확",
        _ => "상태 " + (int)state,
    };

    private static string Intent(OrderIntent i)
    {
        var price = i.LimitPrice is { } l ? "@ " + Won(l) : "시장가";
        return $"{Side(i.Side)} {i.Symbol} {Shares(i.Quantity)} {price} ({Kind(i.Kind)}, {Purpose(i)})";
    }

    private static string Kind(OrderKind kind) => kind switch
    {
        OrderKind.Limit => "지정가",
        OrderKind.Market => "시장가",
        OrderKind.AfterHoursSinglePrice => "시간외 단일가",
        _ => "주문 유형 " + (int)kind,
    };

    private static string Purpose(OrderIntent i) => i.Purpose switch
    {
        OrderPurpose.Entry => string.IsNullOrEmpty(i.Reason) ? "진입" : $"진입 {i.Reason}",
        OrderPurpose.Exit => KoreanExitWording.Rule(i.Reason),
        OrderPurpose.Manual => $"수동, {i.RequestedBy}",
        _ => "용도 " + (int)i.Purpose,
    };

    private static string What(OrderChanged p)
    {
        var o = p.Order;
        var total = o.Intent is { } i ? $"{o.FilledQuantity.ToString("#,0", Inv)}/{Shares(i.Quantity)}" : Shares(o.FilledQuantity);
        var why = Why(p.Code, p.Detail);
        return p.Change switch
        {
            OrderChange.Created => "주문 생성",
            OrderChange.GateRefused => $"위험 관리 거부: {KoreanRiskWording.Gate(p.Code)}{Paren(p.Detail)}",
            OrderChange.Submitting => "증권사로 전송 중",
            OrderChange.Accepted => $"접수 (주문번호 {o.BrokerOrderNumber ?? "-"})",
            OrderChange.Rejected => "거부" + (why.Length == 0 ? "" : ": " + why),
            OrderChange.RetryScheduled => "전송 실패, 재시도 예정" + Paren(why),
            OrderChange.GaveUp => "재시도 모두 실패, 전송 포기" + (why.Length == 0 ? "" : ": " + why),
            OrderChange.OutcomeUnknown => "결과미상: 응답 없음, 주문 조회로 확인 중",
            OrderChange.Adopted => $"조회로 접수 확인 (주문번호 {o.BrokerOrderNumber ?? "-"})",
            OrderChange.ProvenAbsent => "조회 결과 미접수 확인: 다시 전송",
            OrderChange.Ambiguous => $"결과미상, 조회 결과 불명확{Paren(p.Detail)}: 종목 주문 중지, 직접 확인 필요",
            OrderChange.Filled when p.Fill is { } f =>
                $"{State(o.State)} {Shares(f.Quantity)} @ {Price(f.Price)}{(f.FromPolling ? " (체결 조회로 확인)" : "")}, 누적 {total}",
            OrderChange.Filled => $"{State(o.State)}, 누적 {total}",
            OrderChange.Cancelled => $"미체결 잔량 취소 (체결 {total})",
            OrderChange.CancelRequested => p.Code is null ? "취소 요청" : $"취소 요청 거부: {why}",
            OrderChange.ConvertedToMarket => $"미체결 잔량 시장가 전환 (주문번호 {o.BrokerOrderNumber ?? "-"})",
            OrderChange.Expired => $"세션 종료로 미체결 잔량 만료 (체결 {total})",
            _ => $"{State(o.State)} (체결 {total})",
        };
    }

    private static string Why(string? code, string? detail) => string.Join(" ", new[] { code, detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
