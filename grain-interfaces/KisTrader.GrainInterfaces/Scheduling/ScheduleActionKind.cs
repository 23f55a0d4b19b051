namespace KisTrader.GrainInterfaces;

/// <summary>What the schedule does (or decided not to do) for a trading day.</summary>
[GenerateSerializer, Alias("KisTrader.ScheduleActionKind")]
public enum ScheduleActionKind
{
    /// <summary>Prefetch the slow-changing screen inputs before the close (<see cref="ITradingSessionGrain.PrefetchAsync"/>).</summary>
    Prefetch = 0,

    /// <summary>Start the screen at the close (<see cref="ITradingSessionGrain.StartScreeningAsync"/> with <see cref="ScreeningStart.Schedule"/>).</summary>
    Screen = 1,

    /// <summary>The screen was due longer ago than the catch-up window (e.g. the cluster was down): not started, logged.</summary>
    ScreenMissed = 2,

    /// <summary>A session left screening was woken so that it resumes.</summary>
    ResumeScreen = 3,

    /// <summary>The calendar was refreshed from the broker (KIS chk-holiday).</summary>
    CalendarRefresh = 4,

    /// <summary>Reconcile the traded account with the broker (08:30, 15:35, 18:05 KST on trading days; <see cref="IReconciliationGrain"/>).</summary>
    Reconcile = 5,
}
