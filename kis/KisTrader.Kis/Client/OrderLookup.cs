using KisTrader.Kis.Models;

namespace KisTrader.Kis.Client;

/// <summary>The result of <see cref="IKisTrading.FindOrderAsync"/>.</summary>
/// <param name="Status">Found, not found or ambiguous.</param>
/// <param name="Matches">The matching orders (newest first).</param>
public sealed record OrderLookup(OrderLookupStatus Status, IReadOnlyList<DailyOrder> Matches)
{
    /// <summary>The single match when <see cref="Status"/> is <see cref="OrderLookupStatus.Found"/>.</summary>
    public DailyOrder? Order => Status == OrderLookupStatus.Found ? Matches[0] : null;
}
