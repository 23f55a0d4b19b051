using System.Collections.Immutable;

namespace KisTrader.Trading.Screening.Universe;

/// <summary>One reason a listing was excluded, with a sentence for people.</summary>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="Text">E.g. "market cap 99,999,999,999 KRW is below the minimum 100,000,000,000 KRW".</param>
public sealed record ExclusionDetail(ExclusionReason Reason, string Text);

/// <summary>A listing dropped by the base filters, with every reason that applies (in <see cref="ExclusionReason"/> order).</summary>
/// <param name="Code">The KRX code.</param>
/// <param name="Name">The name.</param>
/// <param name="Reasons">At least one reason.</param>
public sealed record Exclusion(string Code, string Name, ImmutableArray<ExclusionDetail> Reasons)
{
    /// <summary>The first reason in the documented order.</summary>
    public ExclusionReason Primary => Reasons[0].Reason;
}
