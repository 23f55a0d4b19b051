namespace KisTrader.Trading.Exits;

/// <summary>One instant at which a position must be re-evaluated.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">Why.</param>
/// <param name="OrderId">For <see cref="ExitInstantKind.ConversionDue"/>, the order concerned; otherwise null.</param>
public sealed record ExitInstant(DateTimeOffset At, ExitInstantKind Kind, string? OrderId = null);
