using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Scheduling;

/// <summary>The KRX schedule (section <c>KisTrader:Schedule</c>); validated at start by the source-generated <see cref="ScheduleOptionsValidator"/>.</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KisTrader:Schedule";

    /// <summary>When false, silos do not start the schedule (no reminder is registered; manual screens still work). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long before the day's close (shifted on special days) the prefetch starts. Default 1 h (14:30 on a normal day).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "06:00:00")]
    public TimeSpan PrefetchLead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How late a screen may still start after the close (a silo restart, a missed wake). Later than this it is not
    /// started but logged (ScreenMissed): the after-hours window it serves would be mostly gone. Default 10 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The reminder period (Orleans' minimum is one minute). Default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "00:10:00")]
    public TimeSpan TickPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Refresh the calendar from KIS chk-holiday once a day (real profile only; the built-in table is the fallback). Default true.</summary>
    public bool RefreshCalendar { get; set; } = true;

    /// <summary>How many days from today to keep from the broker's answer (one page is about 20). Default 40.</summary>
    [Range(1, 400)]
    public int CalendarDays { get; set; } = 40;

    /// <summary>
    /// How long a calendar refresh may take before the schedule gives up for the day and uses what it has. It delays the
    /// wake, and the wake must end well within Orleans' 30 s response timeout. Default 10 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:20")]
    public TimeSpan CalendarRefreshTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Reconcile the traded account with the broker at the pre-open (08:30), after the close and after the after-hours
    /// session (each + <see cref="ReconcileDelay"/>: 15:35, 18:05), all on the day's actual clock. Default true.
    /// </summary>
    public bool Reconcile { get; set; } = true;

    /// <summary>How long after the close and after the after-hours end the reconciliation runs. Default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReconcileDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The first back-off after a failed start of the schedule (<c>ScheduleStarter</c>); it doubles (with jitter) up to
    /// <see cref="StartRetryMaxDelay"/>, and the start is tried until it succeeds or the silo stops. On the silo's clock
    /// (simulated in simulator mode). Default 1 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan StartRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between two start attempts: at most this long without a schedule after a fault clears. Default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan StartRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long one start attempt may take, on the wall clock (as Orleans' own 30 s response timeout, which bounds it
    /// first when the cluster answers nothing): an attempt over it counts as failed and is tried again. Default 45 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StartAttemptTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>How many past actions the status keeps. Default 20.</summary>
    [Range(1, 500)]
    public int HistoryLength { get; set; } = 20;

    /// <summary>A wake must fall inside the catch-up window, or a screen whose exact wake was lost could never catch up; the start's back-off grows, never shrinks.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (CatchUpWindow != TimeSpan.Zero && CatchUpWindow < TickPeriod)
        {
            yield return new ValidationResult($"{Section}:CatchUpWindow must be zero or at least {Section}:TickPeriod");
        }

        if (StartRetryMaxDelay < StartRetryDelay)
        {
            yield return new ValidationResult($"{Section}:StartRetryMaxDelay must be at least {Section}:StartRetryDelay");
        }
    }
}
