using System.Collections.Immutable;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;

namespace KisTrader.Trading.AfterHours;

/// <summary>
/// The after-hours session of one trading day on the actual clock: base times mapped through the day's
/// <see cref="TradingDaySchedule"/> (a late close shifts the whole session). Tells a grain when to evaluate and
/// when the session is over (orders unfilled then are recorded as expired).
/// </summary>
public sealed class AfterHoursSessionClock
{
    public AfterHoursSessionClock(AfterHoursOptions options, TradingDaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        OptionsValidation.ThrowIfInvalid(options, AfterHoursOptions.Section);
        Schedule = schedule;
        SessionStart = schedule.At(options.SessionStart);
        SessionEnd = schedule.At(options.SessionEnd);
        Checkpoints = [.. options.Checkpoints.Select(t => new AfterHoursCheckpoint(t, schedule.At(t)))];
    }

    /// <summary>The day.</summary>
    public TradingDaySchedule Schedule { get; }

    /// <summary>Actual session start (base 16:00).</summary>
    public DateTimeOffset SessionStart { get; }

    /// <summary>Actual session end (base 18:00): resting orders expire here.</summary>
    public DateTimeOffset SessionEnd { get; }

    /// <summary>The checkpoints with their actual instants, ascending.</summary>
    public ImmutableArray<AfterHoursCheckpoint> Checkpoints { get; }

    /// <summary>True from the session start (inclusive) to its end (exclusive).</summary>
    public bool IsOpen(DateTimeOffset now) => now >= SessionStart && now < SessionEnd;

    /// <summary>True at or after the session end: every unfilled after-hours order of the day is expired.</summary>
    public bool IsOver(DateTimeOffset now) => now >= SessionEnd;

    /// <summary>The first checkpoint strictly after <paramref name="now"/> (for a timer), or null when none is left.</summary>
    public AfterHoursCheckpoint? NextCheckpointAfter(DateTimeOffset now)
    {
        foreach (var c in Checkpoints)
        {
            if (c.At > now)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// The checkpoint to evaluate now: the latest one already reached and later than <paramref name="lastEvaluated"/>,
    /// while the session is open. After a restart this catches up with the latest missed checkpoint only; evaluating
    /// older ones late would act on prices they were never meant for.
    /// </summary>
    public AfterHoursCheckpoint? DueCheckpoint(DateTimeOffset now, TimeOnly? lastEvaluated)
    {
        if (!IsOpen(now))
        {
            return null;
        }

        AfterHoursCheckpoint? due = null;
        foreach (var c in Checkpoints)
        {
            if (c.At <= now && (lastEvaluated is null || c.BaseTime > lastEvaluated.Value))
            {
                due = c;
            }
        }

        return due;
    }
}
