namespace KisTrader.Grains.Storage;

/// <summary>One row of <c>journal.alerts</c> raised by the risk gates, the kill switch or the reconciliation.</summary>
/// <param name="RaisedAt">When.</param>
/// <param name="Severity">Info, Warning, Error or Critical (the table's check).</param>
/// <param name="Category">"risk" or "reconciliation".</param>
/// <param name="TradingDate">The session it concerns, or null.</param>
/// <param name="Code">A machine code (e.g. "price-limit", "kill-switch", "reconciliation-difference").</param>
/// <param name="Message">The figures, spelled out (never a secret or an account number).</param>
public sealed record RiskAlert(DateTimeOffset RaisedAt, string Severity, string Category, DateOnly? TradingDate, string? Code, string Message);
