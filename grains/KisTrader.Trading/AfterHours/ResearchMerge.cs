using System.Collections.Immutable;

namespace KisTrader.Trading.AfterHours;

/// <summary>The result of merging re-searched symbols into the watch list.</summary>
/// <param name="State">The new state (re-search completed).</param>
/// <param name="Added">Codes added (selected ones monitored from the next checkpoint, backups as backups).</param>
/// <param name="Ignored">Codes ignored because they were already on the watch list (in any status).</param>
public sealed record ResearchMerge(AfterHoursState State, ImmutableArray<string> Added, ImmutableArray<string> Ignored);
