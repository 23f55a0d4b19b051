using KisTrader.Kis.Models;

namespace KisTrader.Kis.Client;

/// <summary>
/// What to look for in the day's executions (inquire-daily-ccld) to resolve an <see cref="OrderOutcome.Unknown"/> order:
/// same symbol, side, quantity and (for priced orders) price, placed between <see cref="From"/> and <see cref="To"/>.
/// Give the window generously around <see cref="OrderResult.SentAt"/> (e.g. −5 s … +2 min) and list order numbers you
/// already know in <see cref="KnownOrderNumbers"/> so an earlier identical order is not mistaken for this one.
/// </summary>
/// <param name="Symbol">PDNO.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">ORD_QTY.</param>
/// <param name="Price">ORD_UNPR; null or 0 matches any price (market orders).</param>
/// <param name="From">Earliest order time.</param>
/// <param name="To">Latest order time.</param>
public sealed record OrderSearch(string Symbol, OrderSide Side, long Quantity, decimal? Price, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Order numbers (ODNO) that are already accounted for.</summary>
    public IReadOnlyCollection<string> KnownOrderNumbers { get; init; } = [];
}
