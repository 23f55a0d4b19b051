using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Grains.Screening;

/// <summary>
/// A listing the funnel dropped before reading its quote, with every base-filter reason known to apply, in
/// <see cref="ExclusionReason"/> order (the first is the primary one, under which the listing is counted).
/// </summary>
/// <param name="Code">Short code.</param>
/// <param name="Name">Korean name.</param>
/// <param name="Stage">The stage that dropped it (universe: master file; quotes: the trading-value ranking).</param>
/// <param name="Reasons">At least one reason.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.PrunedListing")]
public sealed record PrunedListing(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] FunnelStage Stage,
    [property: Id(3)] PrunedReason[] Reasons)
{
    /// <summary>The primary reason.</summary>
    public ExclusionReason Primary => Reasons[0].Reason;

    /// <summary>A listing with the given reasons (at least one).</summary>
    public static PrunedListing Of(UniverseMember member, FunnelStage stage, IEnumerable<ExclusionDetail> reasons)
    {
        ArgumentNullException.ThrowIfNull(member);
        PrunedReason[] kept = [.. reasons.Select(r => new PrunedReason(r.Reason, r.Text))];
        return kept.Length == 0
            ? throw new ArgumentException("A pruned listing needs at least one reason.", nameof(reasons))
            : new PrunedListing(member.Code, member.Name, stage, kept);
    }

    /// <summary>The screen's exclusion record of this listing.</summary>
    public Exclusion ToExclusion() => new(Code, Name, [.. Reasons.Select(r => new ExclusionDetail(r.Reason, r.Text))]);
}
