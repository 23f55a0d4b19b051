using KisTrader.Kis.Simulator.Clock;
using KisTrader.Silo.Simulation;

namespace KisTrader.Web.Clock;

/// <summary>
/// Client mode with <c>KisTrader:Clock:Source=Simulator</c>: the front end's own clock follows the KIS simulator's
/// (the silos' <see cref="SimulatorClockFollower"/>), so the API shows and decides by the instant the cluster trades at.
/// Changes go to the simulator through <paramref name="control"/> (<c>KisTrader:Web:SimulatorUrl</c>; without it the
/// clock is not controllable here) and are followed at once.
/// </summary>
internal sealed class FollowedClockControl(SimClock clock, SimulatorClockFollower follower, IClockControl? control) : IClockControl
{
    public Task<ClockState> GetAsync(CancellationToken cancellationToken) => Task.FromResult(State());

    public async Task<ClockState> ChangeAsync(ClockChange change, CancellationToken cancellationToken)
    {
        if (control is null)
        {
            throw new ClockRefusedException($"this front end follows the KIS simulator's clock at {follower.Url} but does not control it: set KisTrader:Web:SimulatorUrl, or change it on the simulator (POST /sim/clock)");
        }

        await control.ChangeAsync(change, cancellationToken);
        try
        {
            await follower.SyncNowAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The change is made; the follower's next reading brings it here.
        }

        return State();
    }

    private ClockState State()
    {
        var now = clock.GetUtcNow();
        return new ClockState(now, ClockText.Kst(now), true, clock.Speed, clock.IsPaused, control is not null);
    }
}
