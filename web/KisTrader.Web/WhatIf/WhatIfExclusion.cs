namespace KisTrader.Web.WhatIf;

/// <summary>A listing that is not a candidate.</summary>
/// <param name="Code">6-digit code.</param>
/// <param name="Reason">For people: every base-filter reason, or each condition failed at the kept level, or the cap.</param>
/// <param name="Stage">Universe (a base filter, never relaxed), Conditions (fails the kept level) or Cap (passes, beyond MaxCandidates).</param>
public sealed record WhatIfExclusion(string Code, string Reason, string Stage);
