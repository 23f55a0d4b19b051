using KisTrader.Trading.Money;

namespace KisTrader.Trading.Risk;

/// <summary>The unfilled rest of one open order.</summary>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Remaining">Shares still open.</param>
/// <param name="Certain">
/// False for one of our orders whose outcome is not known yet (submitting, outcome unknown): it may or may not be at the
/// broker, so it explains between none and all of its rest. The broker's own orders are always certain.
/// </param>
public sealed record OpenOrderRest(string Symbol, OrderSide Side, long Remaining, bool Certain = true);
