namespace KisTrader.Silo.Tests.Clock;

public sealed class ClockProbeGrain(TimeProvider clock) : Grain, IClockProbeGrain, IRemindable
{
    private readonly List<ProbeFiring> _fired = [];

    public async Task<ProbeArmed> ArmAsync(TimeSpan due)
    {
        var before = clock.GetUtcNow();
        this.RegisterGrainTimer(() =>
        {
            _fired.Add(new ProbeFiring("timer", clock.GetUtcNow()));
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        await this.RegisterOrUpdateReminder("probe", due, TimeSpan.FromDays(1));
        return new ProbeArmed(before, clock.GetUtcNow());
    }

    public Task<ProbeFiring[]> FiredAsync() => Task.FromResult(_fired.ToArray());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _fired.Add(new ProbeFiring("reminder", clock.GetUtcNow()));
        await this.UnregisterReminder(await this.GetReminder(reminderName) ?? throw new InvalidOperationException("no reminder"));
    }
}
