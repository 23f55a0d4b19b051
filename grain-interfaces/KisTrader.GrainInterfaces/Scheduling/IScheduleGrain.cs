namespace KisTrader.GrainInterfaces;

/// <summary>
/// The KRX schedule (singleton, key <see cref="GrainKeys.Schedule"/>): a durable reminder wakes it; each wake decides in
/// KST on the KRX calendar what is due — the prefetch before the close, the screen at the close (shifted on special
/// days) — only on trading days, at most once per day each, catching up after a restart within a window.
/// </summary>
[Alias("KisTrader.IScheduleGrain")]
public interface IScheduleGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder when missing (every silo calls this at start; idempotent) and runs one wake.</summary>
    [Alias("EnsureStarted")]
    Task<ScheduleStatus> EnsureStartedAsync();

    /// <summary>Runs one wake now (what the reminder does): refreshes the calendar when due, starts what is due.</summary>
    [Alias("Tick")]
    Task<ScheduleStatus> TickAsync();

    /// <summary>The next due action with its KST instant, and the last actions taken.</summary>
    [Alias("GetStatus")]
    ValueTask<ScheduleStatus> GetStatusAsync();
}
