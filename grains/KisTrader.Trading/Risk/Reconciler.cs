using System.Collections.Immutable;
using KisTrader.Trading.Money;

namespace KisTrader.Trading.Risk;

/// <summary>
/// Fail-closed reconciliation (architecture.md §2): the broker's holdings and open orders against what the cluster
/// believes (its open positions' quantities and their working orders). Per symbol, the held quantity must be equal, and
/// per symbol and side the broker's open rest must lie between our certain rest and that plus our uncertain rest (orders
/// submitted whose answer is not known). Anything else is an unexplained difference, never guessed away. Symbols the
/// options ignore (holdings kept outside the strategy) are left out; zero quantities on both sides are no difference
/// (a sold holding stays listed with quantity 0 until settlement).
/// </summary>
public static class Reconciler
{
    /// <summary>Compares the two views.</summary>
    public static ReconciliationResult Compare(
        IEnumerable<HeldShares> brokerHoldings,
        IEnumerable<OpenOrderRest> brokerOrders,
        IEnumerable<HeldShares> ourPositions,
        IEnumerable<OpenOrderRest> ourOrders,
        IReadOnlyCollection<string> ignoredSymbols)
    {
        ArgumentNullException.ThrowIfNull(brokerHoldings);
        ArgumentNullException.ThrowIfNull(brokerOrders);
        ArgumentNullException.ThrowIfNull(ourPositions);
        ArgumentNullException.ThrowIfNull(ourOrders);
        ArgumentNullException.ThrowIfNull(ignoredSymbols);
        var ignored = ignoredSymbols.ToHashSet(StringComparer.Ordinal);
        var differences = new List<ReconciliationDifference>();

        var brokerHeld = Sum(brokerHoldings, ignored);
        var ourHeld = Sum(ourPositions, ignored);
        foreach (var symbol in brokerHeld.Keys.Union(ourHeld.Keys, StringComparer.Ordinal))
        {
            var ours = ourHeld.GetValueOrDefault(symbol);
            var brokers = brokerHeld.GetValueOrDefault(symbol);
            if (ours != brokers)
            {
                differences.Add(new ReconciliationDifference(symbol, ReconciliationItem.Holding, ours, ours, brokers));
            }
        }

        var brokerOpen = brokerOrders.Where(o => !ignored.Contains(o.Symbol) && o.Remaining > 0).ToList();
        var ourOpen = ourOrders.Where(o => !ignored.Contains(o.Symbol) && o.Remaining > 0).ToList();
        var keys = brokerOpen.Select(o => (o.Symbol, o.Side)).Union(ourOpen.Select(o => (o.Symbol, o.Side)));
        foreach (var (symbol, side) in keys)
        {
            var brokers = brokerOpen.Where(o => o.Symbol == symbol && o.Side == side).Sum(o => o.Remaining);
            var mine = ourOpen.Where(o => o.Symbol == symbol && o.Side == side).ToList();
            var certain = mine.Where(o => o.Certain).Sum(o => o.Remaining);
            var atMost = certain + mine.Where(o => !o.Certain).Sum(o => o.Remaining);
            if (brokers < certain || brokers > atMost)
            {
                var item = side == OrderSide.Buy ? ReconciliationItem.OpenBuys : ReconciliationItem.OpenSells;
                differences.Add(new ReconciliationDifference(symbol, item, certain, atMost, brokers));
            }
        }

        return new ReconciliationResult([.. differences.OrderBy(d => d.Symbol, StringComparer.Ordinal).ThenBy(d => d.Item)]);
    }

    private static Dictionary<string, long> Sum(IEnumerable<HeldShares> rows, HashSet<string> ignored) =>
        rows.Where(r => !ignored.Contains(r.Symbol) && r.Quantity != 0)
            .GroupBy(r => r.Symbol, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity), StringComparer.Ordinal);
}
