namespace KisTrader.Trading.Screening.Features;

/// <summary>
/// Whether a listing's previous daily volumes can give C1 at all (see <see cref="FeatureCalculator.CheckHistory"/>). A
/// history that is not usable leaves C1 not computable whatever today's volume, so a funnel may drop the listing before
/// reading its quote.
/// </summary>
/// <param name="IsUsable">True when C1 is computable from this history for any non-negative day volume.</param>
/// <param name="Issue">Why not (<see cref="FeatureIssue.None"/> when usable; <see cref="FeatureIssue.NotSupplied"/> when no history was given).</param>
/// <param name="Reason">A sentence for people ("" when usable), the same text C1 then reports.</param>
public readonly record struct HistoryCheck(bool IsUsable, FeatureIssue Issue, string Reason)
{
    /// <summary>A usable history.</summary>
    public static HistoryCheck Usable { get; } = new(true, FeatureIssue.None, "");

    /// <summary>C1's value when the history is not usable (missing or not computable, with the reason).</summary>
    public FeatureValue AsFeature() => IsUsable
        ? throw new InvalidOperationException("A usable history has no C1 problem.")
        : Issue == FeatureIssue.NotSupplied ? FeatureValue.Missing("previous daily volumes") : FeatureValue.NotComputable(Issue, Reason);
}
