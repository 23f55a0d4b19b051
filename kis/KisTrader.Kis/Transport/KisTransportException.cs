namespace KisTrader.Kis.Transport;

/// <summary>
/// The call failed below the KIS envelope: connection broken, timeout, or an answer that is not a KIS envelope
/// (e.g. a bare 502). <see cref="IsTransient"/> says whether a retry may help. Never contains a secret.
/// </summary>
public sealed class KisTransportException : Exception
{
    public KisTransportException()
    {
    }

    public KisTransportException(string message)
        : base(message)
    {
    }

    public KisTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KisTransportException(string message, int httpStatus, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        HttpStatus = httpStatus;
        IsTransient = isTransient;
    }

    /// <summary>HTTP status, 0 when no answer arrived.</summary>
    public int HttpStatus { get; }

    /// <summary>Network failures, timeouts and 5xx without an envelope.</summary>
    public bool IsTransient { get; }
}
