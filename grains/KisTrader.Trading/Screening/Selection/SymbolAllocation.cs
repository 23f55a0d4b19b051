namespace KisTrader.Trading.Screening.Selection;

/// <summary>The amount reserved for one selected symbol.</summary>
/// <param name="Code">The KRX code.</param>
/// <param name="Rank">Its rank in the screen (1 = best).</param>
/// <param name="Score">Its score.</param>
/// <param name="Amount">KRW to spend on it, integer won (the buy step caps it again by the cash of that moment).</param>
/// <param name="QuantityAtClose">floor(Amount ÷ close): a preview; the real order price is the after-hours price.</param>
public sealed record SymbolAllocation(string Code, int Rank, decimal Score, decimal Amount, long QuantityAtClose);
