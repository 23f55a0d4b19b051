using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Reminders.Diagnostics;

namespace KisTrader.Testing.Clocks;

/// <summary>
/// Records, from Orleans' own reminder diagnostics (<see cref="ReminderEvents.AllEvents"/>), every time a local reminder
/// armed the wait for its next tick, with the test clock's reading at that moment. A <see cref="TimerProbe"/> on the
/// reminder clock sees every timer of the reminder service, the reminder list's refresh included; this sees only the
/// reminder ticks, so a test that moves a fake clock one tick at a time can wait for exactly the wait it needs. The
/// diagnostics are process-wide: filter by grain and silo.
/// </summary>
public sealed class ReminderWaits : IObserver<ReminderEvents.ReminderEvent>, IDisposable
{
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<(GrainId Grain, string Reminder, SiloAddress? Silo, DateTimeOffset At)> _armed = new();
    private readonly IDisposable _subscription;

    public ReminderWaits(TimeProvider clock)
    {
        _clock = clock;
        _subscription = ReminderEvents.AllEvents.Subscribe(this);
    }

    /// <summary>
    /// Whether <paramref name="reminder"/> of <paramref name="grain"/> armed its next tick's wait on <paramref name="silo"/>
    /// while the clock read <paramref name="at"/>.
    /// </summary>
    public bool ArmedAt(SiloAddress silo, GrainId grain, string reminder, DateTimeOffset at) =>
        _armed.Any(a => a.Grain == grain && a.Reminder == reminder && silo.Equals(a.Silo) && a.At == at);

    /// <summary>When each wait of <paramref name="grain"/> was armed, oldest first (for a timeout message).</summary>
    public string Describe(GrainId grain) =>
        string.Join(", ", _armed.Where(a => a.Grain == grain).Select(a => $"{a.Reminder}@{a.At.ToString("O", CultureInfo.InvariantCulture)} on {a.Silo}"));

    void IObserver<ReminderEvents.ReminderEvent>.OnNext(ReminderEvents.ReminderEvent value)
    {
        if (value is ReminderEvents.LocalReminderTickWaitArmed armed)
        {
            _armed.Enqueue((armed.GrainId, armed.ReminderName, armed.SiloAddress, _clock.GetUtcNow()));
        }
    }

    void IObserver<ReminderEvents.ReminderEvent>.OnCompleted()
    {
    }

    void IObserver<ReminderEvents.ReminderEvent>.OnError(Exception error)
    {
    }

    public void Dispose() => _subscription.Dispose();
}
