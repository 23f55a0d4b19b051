namespace KisTrader.Trading.AfterHours;

/// <summary>Why an order submission failed, as the broker adapter classifies it.</summary>
public enum SubmissionFailureKind
{
    /// <summary>No answer in time: the order may or may not exist (technical; verify before retrying).</summary>
    Timeout,

    /// <summary>The connection broke or the gateway failed (e.g. HTTP 5xx without a business code): outcome unknown (technical; verify).</summary>
    TransportError,

    /// <summary>The broker throttled the call (EGW00201): not processed (technical).</summary>
    RateLimited,

    /// <summary>A broker-side temporary error that states the order was not accepted (technical).</summary>
    BrokerError,

    /// <summary>Not enough orderable cash (business rejection).</summary>
    InsufficientCash,

    /// <summary>The price is outside the allowed range or off the grid (business rejection).</summary>
    PriceOutOfRange,

    /// <summary>Any other business rejection (halted symbol, closed market, account restriction...).</summary>
    BusinessRejection,
}
