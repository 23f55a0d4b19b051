using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;

namespace KisTrader.Grains.Storage;

/// <summary>One fill of a closed trade as the journal keeps it.</summary>
/// <param name="ClientOrderId">The order it filled.</param>
/// <param name="FillKey">The broker-side identity (de-duplication key).</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">Shares.</param>
/// <param name="Price">Execution price (KRW).</param>
/// <param name="At">When it executed.</param>
/// <param name="ExitReason">The exit rule that sold it (sells only), else null.</param>
public sealed record TradeFillRecord(
    string ClientOrderId, string FillKey, OrderSide Side, long Quantity, decimal Price, DateTimeOffset At, ExitReason? ExitReason);
