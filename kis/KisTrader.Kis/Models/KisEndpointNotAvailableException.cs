namespace KisTrader.Kis.Models;

/// <summary>The endpoint has no TR ID in the paper (모의투자) environment; KIS would answer "모의투자 TR 이 아닙니다.".</summary>
public sealed class KisEndpointNotAvailableException : InvalidOperationException
{
    public KisEndpointNotAvailableException()
    {
    }

    public KisEndpointNotAvailableException(string message)
        : base(message)
    {
    }

    public KisEndpointNotAvailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
