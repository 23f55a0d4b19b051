using KisTrader.GrainInterfaces;
using KisTrader.Trading.Risk;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean lines of <see cref="RiskChanged"/> (킬 스위치: 신규 진입 중지, 전량 청산, 해제; a gate's refusal such as the
/// daily loss limit; a halted symbol) and <see cref="ReconciliationFinished"/> (대사). Accounts by their grain key only.
/// </summary>
internal static class KoreanRiskWording
{
    public static string Word(RiskChanged p) => p.Change switch
    {
        RiskChange.KillSwitchSet => $"위험 관리 {p.AccountKey}: 킬 스위치 {Mode(p.Mode)} ({Who(p.RequestedBy, p.Reason)})",
        RiskChange.Resumed => $"위험 관리 {p.AccountKey}: 킬 스위치 해제, 거래 재개 ({Who(p.RequestedBy, p.Reason)})",
        RiskChange.KillSwitchReachedPositions => p.PositionsFailed.IsDefaultOrEmpty
            ? $"위험 관리 {p.AccountKey}: 킬 스위치 {Mode(p.Mode)}, 포지션 {p.PositionsReached.ToString("#,0", Inv)}건에 전달"
            : $"위험 관리 {p.AccountKey}: 킬 스위치 {Mode(p.Mode)}, 포지션 {p.PositionsReached.ToString("#,0", Inv)}건에 전달, 실패 {Codes(p.PositionsFailed)} [경고]",
        RiskChange.SymbolHalted => $"위험 관리 {p.AccountKey}: {p.Symbol} 주문 중지 ({Halt(p.Reason)})",
        RiskChange.OrderRefused => $"위험 관리: 주문 {p.ClientOrderId} ({p.Symbol}) 거부, {Gate(p.Code)}{Paren(p.Detail)}",
        RiskChange.ReconciliationHaltCleared => $"위험 관리 {p.AccountKey}: 대사 불일치로 인한 진입 중지 해제 ({Who(p.RequestedBy, p.Reason)})",
        _ => $"위험 관리 {p.AccountKey}: 킬 스위치 {Mode(p.Mode)}",
    };

    public static string Word(ReconciliationFinished p)
    {
        var head = $"대사 {p.AccountKey} ({Trigger(p.Trigger)})";
        if (p.Error is { } error)
        {
            return $"{head}: 실행 실패 ({error}){(p.EntriesHalted ? ", 신규 진입 중지" : "")} [경고]";
        }

        if (p.Clean)
        {
            var counts = $"보유 {p.BrokerHoldings.ToString("#,0", Inv)}종목, 미체결 주문 {p.BrokerOpenOrders.ToString("#,0", Inv)}건, 포지션 {p.Positions.ToString("#,0", Inv)}건";
            return $"{head}: 일치 ({counts}){(p.EntriesHalted ? "; 이전 불일치로 신규 진입은 직접 해제할 때까지 중지" : "")}";
        }

        return $"{head}: 불일치{(p.EntriesHalted ? "로 신규 진입 중지" : "")}: {Codes(p.Differences, "차이 미기록")} [경고]";
    }

    /// <summary>The kill switch's mode in Korean.</summary>
    public static string Mode(KillSwitchMode mode) => mode switch
    {
        KillSwitchMode.Active => "정상 거래",
        KillSwitchMode.EntriesHalted => "신규 진입 중지",
        KillSwitchMode.Flattening => "전량 청산",
        _ => "모드 " + (int)mode,
    };

    /// <summary>A risk gate's code in Korean (the loss and size limits, the price limits, the session windows…).</summary>
    public static string Gate(string? code) => code switch
    {
        RiskCodes.KillSwitch => "킬 스위치 작동 중",
        RiskCodes.ReconciliationHalt => "대사 불일치로 진입 중지",
        RiskCodes.SymbolHalted => "종목 주문 중지",
        RiskCodes.Quantity => "수량 오류",
        RiskCodes.TickGrid => "호가 단위 오류",
        RiskCodes.PriceLimit => "가격제한폭 초과",
        RiskCodes.AfterHoursBand => "시간외 단일가 가격 범위 초과",
        RiskCodes.SessionWindow => "주문 가능 시간 아님",
        RiskCodes.OrderType => "현재 세션에 맞지 않는 주문 유형",
        RiskCodes.TradingDate => "다른 거래일의 주문",
        RiskCodes.Halted => "거래정지 종목",
        RiskCodes.Vi => "변동성 완화장치(VI) 발동 중",
        RiskCodes.NoQuote => "시세 확인 불가",
        RiskCodes.NoAccount => "계좌 정보 확인 불가",
        RiskCodes.DailyLoss => "일일 손실 한도 도달",
        RiskCodes.PositionSize => "종목당 최대 보유 금액 초과",
        RiskCodes.OrderableCash => "주문가능금액 부족",
        null or "" => "위험 관리 규칙",
        _ => $"위험 관리 규칙 {code}",
    };

    private static string Halt(string? reason) => reason switch
    {
        null or "" => "사유 미기록",
        _ when reason.StartsWith("order-ambiguous:", StringComparison.Ordinal) => $"주문 {reason["order-ambiguous:".Length..]} 결과 불명확",
        _ => reason,
    };

    private static string Trigger(string trigger) => trigger switch
    {
        "activation" => "시작 시",
        "schedule" => "정기",
        _ => $"{trigger} 요청",
    };
}
