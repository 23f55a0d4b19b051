using System.Collections.Immutable;

namespace KisTrader.Web.WhatIf;

/// <summary>The answer of the what-if screen: the kept level, the attempts in the order tried, the ranked candidates, selection and exclusions.</summary>
/// <param name="Level">The kept level: Tighten2, Tighten1, Base, Relax1, Relax2 or Relax3.</param>
/// <param name="Attempts">Every filtering pass in the order tried.</param>
/// <param name="Candidates">Ranked candidates (at most MaxCandidates).</param>
/// <param name="Selected">Codes selected for buying, in rank order.</param>
/// <param name="Backups">Backup codes, in rank order.</param>
/// <param name="Allocations">Won allocated per selected code (orderable cash taken as the session budget).</param>
/// <param name="Excluded">Every listing that is not a candidate, with the reason.</param>
public sealed record WhatIfResponse(
    string Level,
    ImmutableArray<WhatIfAttempt> Attempts,
    ImmutableArray<WhatIfCandidate> Candidates,
    ImmutableArray<string> Selected,
    ImmutableArray<string> Backups,
    ImmutableDictionary<string, decimal> Allocations,
    ImmutableArray<WhatIfExclusion> Excluded);
