namespace KisTrader.Grains.Storage;

/// <summary>Comparisons of trade records shared by the journal implementations.</summary>
public static class TradeRecords
{
    /// <summary>True when two records describe the same trade (fills compared element by element).</summary>
    public static bool SameTrade(TradeResultRecord a, TradeResultRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Fills = [] } == b with { Fills = [] } && a.Fills.SequenceEqual(b.Fills);
    }
}
