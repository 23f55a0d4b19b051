using System.Collections.Immutable;

namespace KisTrader.Kis.Simulator.Market;

/// <summary>One price level of a book.</summary>
internal readonly record struct SimBookLevel(decimal Price, long Quantity);

/// <summary>
/// A book at an instant: asks ascending from the best, bids descending from the best. The regular book has 10 levels
/// (H0STASP0), the after-hours book 9 (H0STOAA0) around the indicative price. Empty when halted or closed.
/// </summary>
internal sealed record SimBook(
    string Code,
    DateTimeOffset At,
    SimPhase Phase,
    ImmutableArray<SimBookLevel> Asks,
    ImmutableArray<SimBookLevel> Bids)
{
    public long TotalAskQuantity => Asks.Sum(l => l.Quantity);

    public long TotalBidQuantity => Bids.Sum(l => l.Quantity);
}
