using System.Collections.Immutable;

namespace KisTrader.Grains.Scheduling;

/// <summary>The planner's answer.</summary>
/// <param name="Due">What to do now, in order (at most one action: a prefetch, a screen, or a missed screen to log).</param>
/// <param name="Next">The next action in the future, or null when the calendar has no further trading day.</param>
public sealed record SchedulePlan(ImmutableArray<DueAction> Due, DueAction? Next);
