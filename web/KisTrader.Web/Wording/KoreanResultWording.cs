using KisTrader.GrainInterfaces;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>The Korean line of a <see cref="SessionClosed"/>: the day's result with the strategy.md §9 figures.</summary>
internal static class KoreanResultWording
{
    public static string Word(SessionClosed p)
    {
        var exit = p.ExitDate is { } d ? $", 청산일 {Date(d)}" : "";
        var trades = $"거래 {p.Trades.ToString("#,0", Inv)}건 (수익 {p.Wins.ToString("#,0", Inv)}, 손실 {p.Losses.ToString("#,0", Inv)}) / 포지션 {p.Positions.ToString("#,0", Inv)}건";
        var exits = p.ExitReasons is null || p.ExitReasons.Values.All(n => n == 0)
            ? "없음"
            : string.Join(", ", p.ExitReasons.Where(e => e.Value > 0).OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => $"{KoreanExitWording.Rule(e.Key)} {e.Value.ToString("#,0", Inv)}"));
        var factor = p.ProfitFactor is { } f ? f.ToString("0.00", Inv) : "- (손실 없음)";
        var alert = p.Alert ? $"; 청산일 마감에 미청산: {Codes(p.NotFlat)} [경고]" : "";
        return $"{Date(p.TradingDate)} 세션 결과{exit}: {trades}, 순손익 {SignedWon(p.TotalNetPnL)} (예산 대비 {Percent(p.Return)}); "
            + $"승률 {Percent(p.WinRate, signed: false, decimals: 1)}, 평균 순수익률 {Percent(p.AverageNetReturn)}, 손익비 {factor}, "
            + $"총이익 {SignedWon(p.GrossProfit)}, 총손실 {Won(Math.Abs(p.GrossLoss))}, 최대 낙폭 {Won(p.MaxDrawdown)}; 청산 사유: {exits}; "
            + $"누적 {p.OverallSessions.ToString("#,0", Inv)}세션, 순손익 {SignedWon(p.OverallNetPnL)}, 승률 {Percent(p.OverallWinRate, signed: false, decimals: 1)}{alert}";
    }
}
