using KisTrader.GrainInterfaces;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>The Korean lines of <see cref="OrderChanged"/>: side, symbol, shares, price, kind, purpose, then the change.</summary>
public sealed class OrderWordingTests
{
    private const string Head = "주문 2026-11-23/005930/B1 매수 005930 10주 @ 70,100원 (시간외 단일가, 진입 16:30)";

    [Fact]
    public void Word_PartialFillFoundByPolling_PartFilledWithTheRunningTotal() =>
        Assert.Equal(Head + ": 부분체결 4주 @ 70,100원 (체결 조회로 확인), 누적 4/10주",
            Word(new OrderChanged(OrderId, OrderChange.Filled, Order(OrderState.PartiallyFilled, 4), new OrderFillView("n:x", 4, 70_100m, At, true), null, null, false)));

    [Fact]
    public void Word_LastFill_FilledTenOfTen() =>
        Assert.Equal(Head + ": 체결 6주 @ 70,100원, 누적 10/10주",
            Word(new OrderChanged(OrderId, OrderChange.Filled, Order(OrderState.Filled, 10), new OrderFillView("n:y", 6, 70_100m, At, false), null, null, false)));

    [Fact]
    public void Word_Accepted_TheBrokersOrderNumber() =>
        Assert.Equal(Head + ": 접수 (주문번호 0000012345)",
            Word(new OrderChanged(OrderId, OrderChange.Accepted, Order(OrderState.Accepted, 0, "0000012345"), null, null, null, false)));

    [Fact]
    public void Word_BrokerRejected_CodeMessageAndAlert() =>
        Assert.Equal(Head + ": 거부: APBK0952 주문가능금액을 초과 했습니다 [경고]",
            Word(new OrderChanged(OrderId, OrderChange.Rejected, Order(OrderState.Rejected, 0), null, "APBK0952", "주문가능금액을 초과 했습니다", true)));

    [Fact]
    public void Word_OutcomeUnknown_LookedUpFirst() =>
        Assert.Equal(Head + ": 결과미상: 응답 없음, 주문 조회로 확인 중",
            Word(new OrderChanged(OrderId, OrderChange.OutcomeUnknown, Order(OrderState.OutcomeUnknown, 0), null, "UNKNOWN", null, false)));

    [Fact]
    public void Word_Ambiguous_SymbolHaltedAndAlert() =>
        Assert.Equal(Head + ": 결과미상, 조회 결과 불명확 (2 candidates): 종목 주문 중지, 직접 확인 필요 [경고]",
            Word(new OrderChanged(OrderId, OrderChange.Ambiguous, Order(OrderState.Ambiguous, 0), null, "UNKNOWN", "2 candidates", true)));

    [Fact]
    public void Word_CancelledAfterAPartialFill_TheFilledShares() =>
        Assert.Equal(Head + ": 미체결 잔량 취소 (체결 4/10주)",
            Word(new OrderChanged(OrderId, OrderChange.Cancelled, Order(OrderState.Cancelled, 4), null, null, null, false)));

    [Fact]
    public void Word_Expired_TheRestLapsed() =>
        Assert.Equal(Head + ": 세션 종료로 미체결 잔량 만료 (체결 0/10주)",
            Word(new OrderChanged(OrderId, OrderChange.Expired, Order(OrderState.Expired, 0), null, null, null, false)));

    [Fact]
    public void Word_GateRefusedForTheDailyLossLimit_TheGateInKoreanWithItsFigures() =>
        Assert.Equal(Head + ": 위험 관리 거부: 일일 손실 한도 도달 (realized -1,000,000 at the limit 1,000,000) [경고]",
            Word(new OrderChanged(OrderId, OrderChange.GateRefused, Order(OrderState.Rejected, 0), null, "daily-loss", "realized -1,000,000 at the limit 1,000,000", true)));

    [Fact]
    public void Word_StopLossMarketSell_SellAtMarketForTheRule()
    {
        var sell = new OrderIntent("2026-11-24/005930/S1", Day.AddDays(1), AccountKey, "005930", OrderSide.Sell, OrderKind.Market, 100, null,
            OrderPurpose.Exit, "2026-11-23/005930", "StopLoss", "strategy");

        Assert.Equal("주문 2026-11-24/005930/S1 매도 005930 100주 시장가 (시장가, 손절): 접수 (주문번호 0000000777)",
            Word(new OrderChanged(sell.ClientOrderId, OrderChange.Accepted, Order(OrderState.Accepted, 0, "0000000777", sell), null, null, null, false)));
    }

    [Fact]
    public void Word_ManualLimitBuy_WhoAsked()
    {
        var manual = new OrderIntent("m-42", Day, AccountKey, "000660", OrderSide.Buy, OrderKind.Limit, 1_200, 181_500m, OrderPurpose.Manual, null, "by hand", "api:alice");

        Assert.Equal("주문 m-42 매수 000660 1,200주 @ 181,500원 (지정가, 수동, api:alice): 주문 생성",
            Word(new OrderChanged("m-42", OrderChange.Created, Order(OrderState.Intent, 0, null, manual), null, null, null, false)));
    }

    [Fact]
    public void Word_CancelRefusedByTheBroker_TheBrokersAnswer() =>
        Assert.Equal(Head + ": 취소 요청 거부: APBK0915 취소 가능 수량이 없습니다",
            Word(new OrderChanged(OrderId, OrderChange.CancelRequested, Order(OrderState.Filled, 10), null, "APBK0915", "취소 가능 수량이 없습니다", false)));
}
