namespace KisTrader.Trading.Screening.Adjustment;

/// <summary>How one attempt's passer count compares with the target range.</summary>
public enum AttemptVerdict
{
    /// <summary>Fewer than the minimum (default: 0–2).</summary>
    BelowTarget,

    /// <summary>Within [minimum, maximum] (default 3–19).</summary>
    WithinTarget,

    /// <summary>More than the maximum (default: 20 or more).</summary>
    AboveTarget,
}
