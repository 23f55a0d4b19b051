namespace KisTrader.Trading.Orders;

/// <summary>What <see cref="OrderFillLedger.ApplyNotice"/> did with a fill notice.</summary>
public enum NoticeOutcome
{
    /// <summary>Counted as a new fill.</summary>
    Counted,

    /// <summary>Already counted (the same key again): ignored.</summary>
    Duplicate,

    /// <summary>Wholly inside a catch-up fill an earlier poll created: nothing new.</summary>
    Absorbed,

    /// <summary>Partly inside a catch-up fill: only the rest was counted.</summary>
    PartlyAbsorbed,
}
