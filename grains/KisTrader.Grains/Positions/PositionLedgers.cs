using KisTrader.Trading.Money;

namespace KisTrader.Grains.Positions;

/// <summary>The position's money rebuilt from its fills with the pure <see cref="PositionLedger"/> (buys before sells at one instant).</summary>
internal static class PositionLedgers
{
    public static PositionLedger Build(string symbol, IEnumerable<PositionFill> fills, CostModel costs)
    {
        var ledger = PositionLedger.Open(symbol);
        foreach (var f in fills.OrderBy(f => f.At).ThenBy(f => f.Side))
        {
            ledger = ledger.Apply(new Fill(f.Side, f.Quantity, f.Price, f.At), costs);
        }

        return ledger;
    }
}
