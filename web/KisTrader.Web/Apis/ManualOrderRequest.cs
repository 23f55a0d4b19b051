namespace KisTrader.Web.Apis;

/// <summary>
/// A manual order: <c>symbol</c> (6 digits), <c>side</c> Buy/Sell, <c>kind</c> Limit (default), Market or
/// AfterHoursSinglePrice, <c>quantity</c>, <c>limitPrice</c> (not for Market), <c>reason</c>, and optionally
/// <c>requestId</c> (1–32 letters, digits, '-' or '_'): the same request id on the same day is the same order (a retry
/// never places a second one).
/// </summary>
internal sealed record ManualOrderRequest(string? Symbol, string? Side, string? Kind, long? Quantity, decimal? LimitPrice, string? Reason, string? RequestId);

/// <summary>Which order to cancel, and why.</summary>
internal sealed record CancelOrderRequest(string? ClientOrderId, string? Reason);
