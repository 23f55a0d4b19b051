namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// msg_cd/msg1 (REST envelope) and error_code/error_description (oauth2 endpoints) the host answers with. "Observed" =
/// kis-api.md or public client logs of real answers; the rest follow third-party KIS code tables and are listed as
/// unconfirmed in the README.
/// </summary>
internal static class KisGatewayCodes
{
    public static readonly KisCode TokenInvalid = new("EGW00121", "유효하지 않은 token 입니다."); // observed code, text unconfirmed
    public static readonly KisCode TokenExpired = new("EGW00123", "기간이 만료된 token 입니다."); // observed
    public static readonly KisCode RateLimited = new("EGW00201", "초당 거래건수를 초과하였습니다."); // observed
    public static readonly KisCode TokenThrottled = new("EGW00133", "접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)"); // observed
    public static readonly KisCode ApprovalThrottled = new("EGW00133", "웹소켓 접속키 발급 잠시 후 다시 시도하세요(1초당 1회)"); // code reused, text chosen
    public static readonly KisCode AppKeyMissing = new("EGW00102", "AppKey는 필수입니다."); // table
    public static readonly KisCode AppKeyInvalid = new("EGW00103", "유효하지 않은 AppKey입니다."); // text observed, code table
    public static readonly KisCode AppSecretMissing = new("EGW00104", "AppSecret은 필수입니다."); // table
    public static readonly KisCode AppSecretInvalid = new("EGW00105", "유효하지 않은 AppSecret입니다."); // observed
    public static readonly KisCode BadRequest = new("EGW00101", "유효하지 않은 요청입니다."); // table
    public static readonly KisCode GrantInvalid = new("EGW00112", "유효하지 않은 grant_type 입니다."); // table
    public static readonly KisCode GrantMissing = new("EGW00115", "grant_type은 필수입니다."); // table
    public static readonly KisCode HashKeyInvalid = new("EGW00131", "유효하지 않은 hashkey 입니다."); // table
    public static readonly KisCode ContentTypeInvalid = new("EGW00132", "Content-Type이 유효하지 않습니다."); // table
    public static readonly KisCode CredentialsType = new("EGW00205", "credentials_type이 유효하지 않습니다.(Bearer)"); // observed
    public static readonly KisCode CustTypeInvalid = new("EGW00208", "custtype이 유효하지 않습니다."); // table
    public static readonly KisCode PaperKeyOnReal = new("EGW02004", "실전투자 도메인은 모의투자 앱키로 호출하실 수 없습니다."); // observed
    public static readonly KisCode RealTrOnPaper = new("EGW02006", "모의투자 TR 이 아닙니다."); // observed (chk-holiday, TTTC8434R on paper)
    public static readonly KisCode PaperTrOnReal = new("EGW02006", "실전투자 TR 이 아닙니다."); // text observed in client code, code chosen
    public static readonly KisCode RealKeyOnPaper = new("EGW02007", "해당 앱키는 모의투자용 앱키가 아닙니다."); // observed
    public static readonly KisCode TrIdMissing = new("OPSQ9999", "tr_id 가 없습니다."); // table
    public static readonly KisCode TrIdUnknown = new("OPSQ0002", "없는 서비스 코드 입니다"); // observed code, text chosen
    public static readonly KisCode ServerError = new("EGW00002", "서버 에러가 발생했습니다."); // table (fault injection)
}

/// <summary>A KIS code and its message.</summary>
internal sealed record KisCode(string Code, string Message);
