namespace KisTrader.Kis.Transport;

/// <summary>
/// KIS answered with a business error: <c>rt_cd</c> ≠ "0" (or an oauth2 <c>error_code</c>). Carries <c>msg_cd</c> and
/// <c>msg1</c> as KIS sent them; the HTTP status alone is never trusted (kis-api.md §2.6). Never contains a secret.
/// </summary>
public class KisApiException : Exception
{
    public KisApiException()
        : this("(unknown)", string.Empty, string.Empty, 0, string.Empty)
    {
    }

    public KisApiException(string message)
        : this("(unknown)", message, string.Empty, 0, string.Empty)
    {
    }

    public KisApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        MsgCd = "(unknown)";
        Msg1 = message;
        Endpoint = string.Empty;
        TrId = string.Empty;
    }

    public KisApiException(string msgCd, string msg1, string endpoint, int httpStatus, string trId)
        : this(msgCd, msg1, endpoint, httpStatus, trId, null)
    {
    }

    public KisApiException(string msgCd, string msg1, string endpoint, int httpStatus, string trId, Exception? innerException)
        : base($"KIS {endpoint} ({trId}) answered {msgCd}: {msg1} (HTTP {httpStatus})", innerException)
    {
        MsgCd = msgCd;
        Msg1 = msg1;
        Endpoint = endpoint;
        HttpStatus = httpStatus;
        TrId = trId;
    }

    /// <summary>KIS message code, e.g. EGW00201, APBK0919.</summary>
    public string MsgCd { get; }

    /// <summary>KIS message text (Korean).</summary>
    public string Msg1 { get; }

    /// <summary>Endpoint name, e.g. inquire-price.</summary>
    public string Endpoint { get; }

    /// <summary>HTTP status of the answer (500 for most business errors, sometimes 200).</summary>
    public int HttpStatus { get; }

    /// <summary>The tr_id sent.</summary>
    public string TrId { get; }

    /// <summary>EGW00201: the per-key rate limit was exceeded (transient: retry after backing off).</summary>
    public bool IsRateLimited => MsgCd == KisErrorCodes.RateLimited;

    /// <summary>EGW00123/EGW00121: the access token is expired or invalid.</summary>
    public bool IsTokenError => MsgCd is KisErrorCodes.TokenExpired or KisErrorCodes.TokenInvalid;

    /// <summary>A gateway-side server error (EGW00002 …) rather than a decision about the request.</summary>
    public bool IsServerError => KisErrorCodes.IsServerError(MsgCd);
}
