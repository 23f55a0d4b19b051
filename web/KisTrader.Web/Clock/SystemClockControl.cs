namespace KisTrader.Web.Clock;

/// <summary>Real time (paper and real trading, or a client without the simulator's URL): readable, never controllable.</summary>
internal sealed class SystemClockControl(TimeProvider clock) : IClockControl
{
    public Task<ClockState> GetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(new ClockState(now, ClockText.Kst(now), false, null, null, false));
    }

    public Task<ClockState> ChangeAsync(ClockChange change, CancellationToken cancellationToken) =>
        throw new ClockRefusedException("this front end's clock is real time: only a simulator clock can be controlled (the one-process mode, or KisTrader:Web:SimulatorUrl in client mode)");
}
