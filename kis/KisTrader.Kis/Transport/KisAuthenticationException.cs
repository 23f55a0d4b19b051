namespace KisTrader.Kis.Transport;

/// <summary>tokenP / Approval / hashkey refused (<c>error_code</c>/<c>error_description</c> or an envelope error).</summary>
public sealed class KisAuthenticationException : KisApiException
{
    public KisAuthenticationException()
    {
    }

    public KisAuthenticationException(string message)
        : base(message)
    {
    }

    public KisAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KisAuthenticationException(string errorCode, string description, string endpoint, int httpStatus)
        : base(errorCode, description, endpoint, httpStatus, string.Empty)
    {
    }

    public KisAuthenticationException(string errorCode, string description, string endpoint, int httpStatus, Exception innerException)
        : base(errorCode, description, endpoint, httpStatus, string.Empty, innerException)
    {
    }

    /// <summary>EGW00133: issued too recently (1 per minute).</summary>
    public bool IsThrottled => MsgCd == KisErrorCodes.TokenThrottled;
}
