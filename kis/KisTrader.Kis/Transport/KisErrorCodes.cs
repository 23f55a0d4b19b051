namespace KisTrader.Kis.Transport;

/// <summary>KIS message codes the client acts on (kis-api.md §2.6).</summary>
public static class KisErrorCodes
{
    /// <summary>기간이 만료된 token 입니다.</summary>
    public const string TokenExpired = "EGW00123";

    /// <summary>유효하지 않은 token 입니다.</summary>
    public const string TokenInvalid = "EGW00121";

    /// <summary>초당 거래건수를 초과하였습니다.</summary>
    public const string RateLimited = "EGW00201";

    /// <summary>접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회).</summary>
    public const string TokenThrottled = "EGW00133";

    /// <summary>서버 에러가 발생했습니다 (gateway-side failure, not a decision about the request).</summary>
    public const string ServerError = "EGW00002";

    /// <summary>Gateway failures that say nothing about the request itself (retried for queries, "unknown" for orders).</summary>
    public static bool IsServerError(string msgCd) => msgCd is ServerError or "EGW00001";
}
