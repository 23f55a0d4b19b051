using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;

namespace KisTrader.Trading.Statistics;

/// <summary>A sell fill of a closed trade with the exit rule that sold it.</summary>
/// <param name="Fill">The sell fill.</param>
/// <param name="Reason">Why it was sold (take profit, partial, stop loss, flat range, forced, manual).</param>
public sealed record ExitFill(Fill Fill, ExitReason Reason);
