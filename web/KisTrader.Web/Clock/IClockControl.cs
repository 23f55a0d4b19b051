namespace KisTrader.Web.Clock;

/// <summary>
/// The clock behind the API: the in-process <c>SimClock</c> (one-process mode), the cluster simulator's clock through
/// its <c>/sim/clock</c> endpoint (client mode with <c>KisTrader:Web:SimulatorUrl</c>), or real time (not controllable).
/// </summary>
public interface IClockControl
{
    Task<ClockState> GetAsync(CancellationToken cancellationToken);

    /// <summary>Applies the change; <see cref="ClockRefusedException"/> when it cannot be applied (real time, a jump backwards).</summary>
    Task<ClockState> ChangeAsync(ClockChange change, CancellationToken cancellationToken);
}
