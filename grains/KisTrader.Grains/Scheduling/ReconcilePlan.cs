namespace KisTrader.Grains.Scheduling;

/// <summary>The reconciliation's part of the plan.</summary>
/// <param name="Due">The reconciliation to start now (the latest passed checkpoint of today not yet started), or null.</param>
/// <param name="Next">The next reconciliation checkpoint in the future, or null when the calendar has no further trading day.</param>
public sealed record ReconcilePlan(DueAction? Due, DueAction? Next);
