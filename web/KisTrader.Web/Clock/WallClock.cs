using KisTrader.Kis.Simulator.Clock;

namespace KisTrader.Web.Clock;

/// <summary>
/// The wall clock behind the front end's clock: what must run on wall time whatever the trading clock (API-key
/// verification, notification back-off and timeouts) takes it from here. The front end's <see cref="TimeProvider"/> is
/// a <see cref="SimClock"/> in the one-process mode (the co-hosted silo's) and in client mode with
/// <c>KisTrader:Clock:Source=Simulator</c> (the followed simulator's clock).
/// </summary>
internal static class WallClock
{
    public static TimeProvider Of(TimeProvider clock) => clock is SimClock simulated ? simulated.Wall : clock;
}
