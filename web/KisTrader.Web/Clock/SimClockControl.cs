using KisTrader.Kis.Simulator.Clock;
using KisTrader.Silo.Simulation;

namespace KisTrader.Web.Clock;

/// <summary>The one-process mode's shared <see cref="SimClock"/>: grains, timers, reminders, the KIS client and the simulator follow it.</summary>
internal sealed class SimClockControl(SimClock clock) : IClockControl
{
    public Task<ClockState> GetAsync(CancellationToken cancellationToken) => Task.FromResult(State());

    public Task<ClockState> ChangeAsync(ClockChange change, CancellationToken cancellationToken)
    {
        if (change.To is { } to)
        {
            if (to < clock.GetUtcNow())
            {
                throw new ClockRefusedException($"the simulated clock only moves forward; it is already at {ClockText.Kst(clock.GetUtcNow())} KST");
            }

            clock.JumpTo(to);
        }

        if (change.Speed is { } speed)
        {
            clock.SetSpeed(speed);
        }

        if (change.Paused is { } paused)
        {
            _ = paused ? clock.Pause() : clock.Resume();
        }

        return Task.FromResult(State());
    }

    private ClockState State()
    {
        var now = clock.GetUtcNow();
        return new ClockState(now, ClockText.Kst(now), true, clock.Speed, clock.IsPaused, true);
    }

    /// <summary>Largest speed accepted (the one-process run's limit).</summary>
    public const decimal MaxSpeed = SimulationOptions.MaxSpeed;
}
