namespace KisTrader.Grains.Scheduling;

/// <summary>What the schedule already did: the input of <see cref="SchedulePlanner"/> besides the clock and the calendar.</summary>
/// <param name="LastPrefetchDate">The last trading date whose prefetch was started, or null.</param>
/// <param name="LastScreenDate">The last trading date whose screen was started or given up as missed, or null.</param>
public sealed record ScheduleProgress(DateOnly? LastPrefetchDate, DateOnly? LastScreenDate)
{
    /// <summary>Nothing done yet.</summary>
    public static ScheduleProgress None { get; } = new(null, null);
}
