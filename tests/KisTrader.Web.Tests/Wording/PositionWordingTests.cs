using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>The Korean lines of <see cref="PositionChanged"/>: state, shares, average price, P&amp;L, the exit rule and its window.</summary>
public sealed class PositionWordingTests
{
    [Fact]
    public void Word_EntryPlaced_TheBuyOrder() =>
        Assert.Equal("포지션 2026-12-03/005930 [진입 중]: 매수 주문 185주 지정가 10,810원 (주문 2026-12-03/005930/B1)",
            Word(Position(PositionChange.EntryPlaced, PositionStatus.Entering, quantity: 0, average: 0m, orderId: "2026-12-03/005930/B1", orderQuantity: 185, limit: 10_810m)));

    [Fact]
    public void Word_Opened_SharesAndAveragePrice() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 보유 시작, 185주 평균 10,810.5원",
            Word(Position(PositionChange.Opened, PositionStatus.Open, quantity: 185, average: 10_810.5m)));

    [Fact]
    public void Word_FirstPriceOfTheExitDay_AgainstTheAverage() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 당일 첫 가격 10,300원 (평균 10,000원 대비 +3.00%)",
            Word(Position(PositionChange.FirstPrice, PositionStatus.Open, last: 10_300m)));

    [Fact]
    public void Word_TakeProfitInTheMorning_RuleWindowLimitAndReturn() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 익절 (09:00–13:00 구간): 매도 100주 지정가 10,500원, 수익률 +5.00% (주문 2026-12-03/005930/S1)",
            Word(Position(PositionChange.ExitPlaced, PositionStatus.Open, last: 10_500m, orderId: "2026-12-03/005930/S1", exit: ExitReason.TakeProfit,
                orderQuantity: 100, limit: 10_500m, r: 0.05m, reason: "Morning")));

    [Fact]
    public void Word_PartialTakeProfitInTheAfternoon_HalfTheShares() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 부분 익절 (13:00–15:00 구간): 매도 50주 지정가 10,310원, 수익률 +3.10% (주문 2026-12-03/005930/S1)",
            Word(Position(PositionChange.ExitPlaced, PositionStatus.Open, orderId: "2026-12-03/005930/S1", exit: ExitReason.PartialTakeProfit,
                orderQuantity: 50, limit: 10_310m, r: 0.031m, reason: "Afternoon")));

    [Fact]
    public void Word_ForcedExitAtMarket_ClosingAuctionAndNegativeReturn() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 강제 청산 (15:20–15:30 종가 단일가): 매도 100주 시장가, 수익률 -1.25% (주문 2026-12-03/005930/S3)",
            Word(Position(PositionChange.ExitPlaced, PositionStatus.Open, orderId: "2026-12-03/005930/S3", exit: ExitReason.ForcedExit,
                orderQuantity: 100, r: -0.0125m, reason: "ClosingAuction")));

    [Fact]
    public void Word_ExitConvertedAtTheDeadline_WhyInKorean() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 손절: 주문 2026-12-03/005930/S2 시장가 전환 (15:25 시장가 전환 시한)",
            Word(Position(PositionChange.ExitConverted, PositionStatus.Open, orderId: "2026-12-03/005930/S2", exit: ExitReason.StopLoss, reason: "MarketDeadline")));

    [Fact]
    public void Word_ClosedWithAProfit_SignedNetPnL() =>
        Assert.Equal("포지션 2026-12-03/005930 [종료]: 청산 완료, 순손익 +47,593원",
            Word(Position(PositionChange.Closed, PositionStatus.Closed, quantity: 0, average: 0m, last: 10_500m, pnl: 47_593m)));

    [Fact]
    public void Word_ClosedWithALoss_NegativeNetPnL() =>
        Assert.Equal("포지션 2026-12-03/005930 [종료]: 청산 완료, 순손익 -31,250원",
            Word(Position(PositionChange.Closed, PositionStatus.Closed, quantity: 0, average: 0m, pnl: -31_250m)));

    [Fact]
    public void Word_Abandoned_NothingBought() =>
        Assert.Equal("포지션 2026-12-03/005930 [미체결 종료]: 매수 미체결로 종료 (보유 없음)",
            Word(Position(PositionChange.Abandoned, PositionStatus.Abandoned, quantity: 0, average: 0m)));

    [Fact]
    public void Word_FlattenRequested_WhoAndWhy() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 전량 청산 요청 (kim: kill-switch)",
            Word(Position(PositionChange.FlattenRequested, PositionStatus.Open, by: "kim", reason: "kill-switch")));

    [Fact]
    public void Word_OrderUpdated_HeldSharesAndRealizedPnL() =>
        Assert.Equal("포지션 2026-12-03/005930 [보유]: 주문 2026-12-03/005930/S1 변경, 보유 50주 평균 10,000원, 실현 손익 +15,120원",
            Word(Position(PositionChange.OrderUpdated, PositionStatus.Open, quantity: 50, pnl: 15_120m, orderId: "2026-12-03/005930/S1")));
}
