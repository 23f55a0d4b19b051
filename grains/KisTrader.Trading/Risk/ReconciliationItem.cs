namespace KisTrader.Trading.Risk;

/// <summary>What a reconciliation difference is about.</summary>
public enum ReconciliationItem
{
    /// <summary>Shares held.</summary>
    Holding,

    /// <summary>The unfilled rest of open buy orders.</summary>
    OpenBuys,

    /// <summary>The unfilled rest of open sell orders.</summary>
    OpenSells,
}
