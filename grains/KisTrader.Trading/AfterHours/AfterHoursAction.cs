namespace KisTrader.Trading.AfterHours;

/// <summary>The outcome for one monitored symbol at a checkpoint.</summary>
public enum AfterHoursAction
{
    /// <summary>Place an after-hours single-price buy (ORD_DVSN "07").</summary>
    Buy,

    /// <summary>Below the threshold and above the drop trigger: keep monitoring.</summary>
    Hold,

    /// <summary>At or below the drop trigger: removed from the watch list (a backup takes its place when one is left).</summary>
    Drop,

    /// <summary>Neither a match nor an indicative price: no decision.</summary>
    NoData,

    /// <summary>Bought earlier this session: at most one buy per symbol per session.</summary>
    AlreadyBought,

    /// <summary>A signal, but the quantity rounds to 0 (allocation, cash or budget below one share).</summary>
    ZeroQuantity,
}
