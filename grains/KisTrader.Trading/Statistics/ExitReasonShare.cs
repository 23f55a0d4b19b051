using KisTrader.Trading.Exits;

namespace KisTrader.Trading.Statistics;

/// <summary>How much one exit reason sold in a period.</summary>
/// <param name="Reason">The exit reason.</param>
/// <param name="Trades">Trades in which this reason sold at least one share (a partial then a forced exit counts once for each).</param>
/// <param name="Quantity">Shares sold for this reason.</param>
/// <param name="QuantityShare">Quantity ÷ all shares sold in the period; null when nothing was sold.</param>
public sealed record ExitReasonShare(ExitReason Reason, int Trades, long Quantity, decimal? QuantityShare);
