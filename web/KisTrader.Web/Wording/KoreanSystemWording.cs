using KisTrader.GrainInterfaces;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>
/// The Korean lines of the system's events: the account snapshot (masked account), the schedule, the KIS call budget,
/// the KIS token and approval key (never their values), realtime registrations and symbols.
/// </summary>
internal static class KoreanSystemWording
{
    public static string Word(AccountSnapshotTaken p) =>
        $"계좌 {p.AccountRef}: 주문가능 {Won(p.OrderableCash)}, 예수금 {Won(p.SettledCash)}, 보유 {p.Holdings.ToString(Inv)}종목";

    public static string Word(ScheduleActionTaken p) =>
        $"일정: {Date(p.Action.TradingDate)} {Schedule(p.Action.Kind)} 실행 (예정 {KstClock(p.Action.DueAt)})";

    public static string Word(RateBudgetChanged p) => p.Change switch
    {
        RateBudgetChange.Paused => $"KIS 호출 한도 초과(EGW00201): {KstClock(p.Until)}까지 모든 실로 호출 중지",
        RateBudgetChange.HolderJoined => $"KIS 호출 예산: 참여자 {p.Holders.ToString(Inv)}명, 창당 {p.PermitsPerWindow.ToString(Inv)}회",
        RateBudgetChange.HolderReclaimed => $"KIS 호출 예산: 응답 없는 참여자의 할당 {p.Freed.ToString(Inv)}회 회수",
        RateBudgetChange.Recovering => $"KIS 호출 예산: 복구 중, {KstClock(p.Until)}까지 새 할당 없음",
        _ => $"KIS 호출 예산: 참여자 {p.Holders.ToString(Inv)}명",
    };

    public static string Word(KisAuthChanged p) => p.Change switch
    {
        KisAuthChange.TokenIssued => $"KIS 접근토큰 발급 (만료 {KstClock(p.ExpiresAt)})",
        KisAuthChange.TokenRenewed => $"KIS 접근토큰 갱신 (만료 {KstClock(p.ExpiresAt)})",
        KisAuthChange.TokenInvalidated => "KIS 접근토큰 무효화 (KIS가 거부함)",
        KisAuthChange.ApprovalKeySaved => "KIS 웹소켓 접속키 저장",
        KisAuthChange.ApprovalKeyRemoved => "KIS 웹소켓 접속키 삭제",
        _ => "KIS 인증 정보 변경",
    };

    public static string Word(MarketDataChanged p) =>
        $"실시간 시세: {MarketData(p.Change)}{(p.Symbol is null ? "" : " " + p.Symbol)} (등록 {p.RegistrationsUsed.ToString(Inv)}/{p.RegistrationsLimit.ToString(Inv)})";

    public static string Word(SymbolChanged p) => p.Change switch
    {
        SymbolChange.FeaturesStored when p.Features is { } f =>
            $"{p.Code}: {Date(f.Date)} 스크리닝 값 {(p.Replaced ? "갱신" : "저장")} (점수 {f.Score.ToString(Inv)}, {KoreanWording.Level(f.Level)}, 순위 {f.Rank.ToString(Inv)})",
        SymbolChange.FeaturesStored => $"{p.Code}: 스크리닝 값 {(p.Replaced ? "갱신" : "저장")}",
        SymbolChange.Watched => $"{p.Code}: 감시 시작 ({p.Owner})",
        SymbolChange.Unwatched => $"{p.Code}: 감시 종료 ({p.Owner})",
        SymbolChange.WatchRefused => $"{p.Code}: 감시 거부 ({p.Reason})",
        SymbolChange.ListingSet => $"{Named(p)}: 종목 정보 등록{Paren(p.Listing?.Market)}",
        SymbolChange.ListingChanged => $"{Named(p)}: 종목 정보 변경 ({(p.ChangedFields.IsDefaultOrEmpty ? "항목 미기록" : string.Join(", ", p.ChangedFields.Select(Field)))})",
        _ => $"{p.Code}: 종목 정보 변경",
    };

    private static string Named(SymbolChanged p) => p.Listing is { } listing ? $"{p.Code} {listing.Name}" : p.Code;

    /// <summary>A listing field (the grain names them by <see cref="SymbolListing"/>'s properties) in Korean.</summary>
    private static string Field(string field) => field switch
    {
        nameof(SymbolListing.Name) => "종목명",
        nameof(SymbolListing.Market) => "시장",
        nameof(SymbolListing.Sector) => "업종",
        nameof(SymbolListing.Flags) => "지정 구분",
        nameof(SymbolListing.PriorMarketCap) => "전일 시가총액",
        nameof(SymbolListing.BasePrice) => "기준가",
        _ => field,
    };

    private static string Schedule(ScheduleActionKind kind) => kind switch
    {
        ScheduleActionKind.Prefetch => "거래량 이력 사전 조회",
        ScheduleActionKind.Screen => "15:30 스크리닝",
        ScheduleActionKind.ScreenMissed => "놓친 스크리닝",
        ScheduleActionKind.ResumeScreen => "스크리닝 재개",
        ScheduleActionKind.CalendarRefresh => "휴장일 갱신",
        ScheduleActionKind.Reconcile => "계좌 대사",
        _ => "일정 작업 " + (int)kind,
    };

    private static string MarketData(MarketDataChange change) => change switch
    {
        MarketDataChange.Subscribed => "등록",
        MarketDataChange.Released => "해제",
        MarketDataChange.Refused => "등록 거부",
        MarketDataChange.Parked => "등록 보류",
        MarketDataChange.Unparked => "보류 해제",
        MarketDataChange.ConnectionLost => "연결 끊김",
        MarketDataChange.Reconnected => "재연결",
        MarketDataChange.Restored => "등록 복구",
        MarketDataChange.RestoreDropped => "복구 중 등록 제외",
        _ => "변경 " + (int)change,
    };
}
