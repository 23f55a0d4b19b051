using System.Collections.Immutable;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Trading.Screening;

/// <summary>
/// Whether a partially known symbol can still become a candidate (see <see cref="Screener.Assess"/>). False only when
/// it is excluded by a base filter (never relaxed) or a known feature already fails relax 3 (the loosest level), in
/// which case it can pass no level and no re-search: fetching more data for it is wasted.
/// </summary>
/// <param name="Code">The KRX code.</param>
/// <param name="CanStillPass">False when the symbol is certainly out.</param>
/// <param name="Exclusions">Base-filter reasons (empty when it passes them).</param>
/// <param name="Features">The features known so far; null when a base filter already excluded it.</param>
/// <param name="FailingAtLoosest">Conditions that already fail at relax 3.</param>
/// <param name="Missing">Conditions whose input is not supplied yet.</param>
public sealed record FunnelVerdict(
    string Code,
    bool CanStillPass,
    ImmutableArray<ExclusionDetail> Exclusions,
    SymbolFeatures? Features,
    ConditionSet FailingAtLoosest,
    ConditionSet Missing);
