namespace KisTrader.Trading.Risk;

/// <summary>A gate's refusal: a machine code (<see cref="RiskCodes"/>) and the figures behind it.</summary>
/// <param name="Code">E.g. "price-limit".</param>
/// <param name="Detail">The figures, e.g. "price 13,100 above the upper limit 13,000 (previous close 10,000)".</param>
public sealed record RiskRefusal(string Code, string Detail);
