using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Time;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean line of each event for the dashboard's alerts feed (grains publish data only; the silo console's English
/// wording is silo/KisTrader.Silo/Simulation/EventWording.cs). A payload type this build does not know gets
/// <see cref="Generic"/>. Times KST, numbers culture-invariant with thousands separators.
/// </summary>
public static class KoreanWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One line for an event (without its time).</summary>
    public static string Word(TradingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Payload switch
        {
            SessionPhaseChanged p => string.Create(Inv, $"{p.TradingDate:yyyy-MM-dd} 세션: {Phase(p.Phase.ToString())}{(p.Cause == SessionChangeCause.ScreenFailed ? " (스크리닝 실패, 완료 단계 유지)" : "")}"),
            ScreeningRequested p => p.Accepted
                ? string.Create(Inv, $"{p.TradingDate:yyyy-MM-dd} 세션: {p.RequestedBy}의 수동 스크리닝 시작")
                : string.Create(Inv, $"{p.TradingDate:yyyy-MM-dd} 세션: {p.RequestedBy}의 스크리닝 요청 거부"),
            ScreeningFinished p => string.Create(Inv,
                $"{p.TradingDate:yyyy-MM-dd} 스크리닝 완료: 후보 {p.Candidates}종목 ({Level(p.FinalLevel)}), 선정 {string.Join(", ", p.Selected)}, 증권사 호출 {p.BrokerCalls:N0}회, {p.Duration.TotalSeconds:0.0}초"),
            AccountSnapshotTaken p => string.Create(Inv, $"계좌 {p.AccountRef}: 주문가능 {p.OrderableCash:#,0}원, 예수금 {p.SettledCash:#,0}원, 보유 {p.Holdings}종목"),
            ScheduleActionTaken p => string.Create(Inv, $"일정: {p.Action.TradingDate:yyyy-MM-dd} {Schedule(p.Action.Kind.ToString())} 실행 (예정 {Clock(p.Action.DueAt)})"),
            RateBudgetChanged p => p.Change switch
            {
                RateBudgetChange.Paused => string.Create(Inv, $"KIS 호출 한도 초과(EGW00201): {Clock(p.Until)}까지 모든 실로 호출 중지"),
                RateBudgetChange.HolderJoined => string.Create(Inv, $"KIS 호출 예산: 참여자 {p.Holders}명, 창당 {p.PermitsPerWindow}회"),
                RateBudgetChange.HolderReclaimed => string.Create(Inv, $"KIS 호출 예산: 응답 없는 참여자의 할당 {p.Freed}회 회수"),
                RateBudgetChange.Recovering => string.Create(Inv, $"KIS 호출 예산: 복구 중, {Clock(p.Until)}까지 새 할당 없음"),
                _ => $"KIS 호출 예산: {p.Change}",
            },
            KisAuthChanged p => p.Change switch
            {
                KisAuthChange.TokenIssued => $"KIS 접근토큰 발급 (만료 {Clock(p.ExpiresAt)})",
                KisAuthChange.TokenRenewed => $"KIS 접근토큰 갱신 (만료 {Clock(p.ExpiresAt)})",
                KisAuthChange.TokenInvalidated => "KIS 접근토큰 무효화 (KIS가 거부함)",
                KisAuthChange.ApprovalKeySaved => "KIS 웹소켓 접속키 저장",
                _ => $"KIS 인증: {p.Change}",
            },
            MarketDataChanged p => string.Create(Inv, $"실시간 시세: {MarketData(p.Change.ToString())}{(p.Symbol is null ? "" : " " + p.Symbol)} (등록 {p.RegistrationsUsed}/{p.RegistrationsLimit})"),
            SymbolChanged p => Word(p),
            _ => Generic(e.Subject, e.Type),
        };
    }

    /// <summary>The line of an event whose payload this build cannot read: its subject and type.</summary>
    public static string Generic(string subject, string type) => $"{subject}: {type}";

    private static string Word(SymbolChanged p) => p.Change switch
    {
        SymbolChange.FeaturesStored when p.Features is { } f =>
            string.Create(Inv, $"{p.Code}: {f.Date:yyyy-MM-dd} 스크리닝 값 {(p.Replaced ? "갱신" : "저장")} (점수 {f.Score}, {Level(f.Level)}, 순위 {f.Rank})"),
        SymbolChange.Watched => $"{p.Code}: 감시 시작 ({p.Owner})",
        SymbolChange.Unwatched => $"{p.Code}: 감시 종료 ({p.Owner})",
        SymbolChange.WatchRefused => $"{p.Code}: 감시 거부 ({p.Reason})",
        SymbolChange.ListingSet => $"{p.Code}: 종목 정보 등록",
        SymbolChange.ListingChanged => $"{p.Code}: 종목 정보 변경 ({string.Join(", ", p.ChangedFields)})",
        _ => $"{p.Code}: {p.Change}",
    };

    private static string Phase(string phase) => phase switch
    {
        "Scheduled" => "예정",
        "Screening" => "스크리닝 중",
        "Screened" => "스크리닝 완료",
        "AfterHours" => "시간외 거래",
        "Holding" => "보유 중",
        "Closed" => "종료",
        _ => phase,
    };

    private static string Schedule(string kind) => kind switch
    {
        "Prefetch" => "거래량 이력 사전 조회",
        "Screen" => "15:30 스크리닝",
        "ScreenMissed" => "놓친 스크리닝",
        "ResumeScreen" => "스크리닝 재개",
        "CalendarRefresh" => "휴장일 갱신",
        _ => kind,
    };

    private static string MarketData(string change) => change switch
    {
        "Subscribed" => "등록",
        "Released" => "해제",
        "Refused" => "등록 거부",
        "ConnectionLost" => "연결 끊김",
        "Reconnected" => "재연결",
        _ => change,
    };

    /// <summary>The adjustment level in Korean: 강화2, 강화1, 기본, 완화1…3.</summary>
    public static string Level(string? level) => level switch
    {
        "Tighten2" => "강화2",
        "Tighten1" => "강화1",
        "Base" => "기본",
        "Relax1" => "완화1",
        "Relax2" => "완화2",
        "Relax3" => "완화3",
        null => "-",
        _ => level,
    };

    private static string Clock(DateTimeOffset? instant) => instant is { } at ? KrxTime.ToKst(at).ToString("HH:mm:ss", Inv) : "?";
}
