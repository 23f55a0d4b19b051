using KisTrader.Kis.Simulator.Clock;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// Holds the simulated clock while an HTTP exchange is on the wire (until the whole answer has arrived). The in-process
/// simulator answers at the instant the call left, so a broker call costs no simulated time: at any speed a screen takes
/// the simulated time its rate limit gives it (18 calls per simulated second), not its wall latency × the speed. The
/// exchange's timeout runs on the wall clock (<c>KisTimeProviders.Transport</c>), so a lost answer cannot hold the clock
/// for longer than that.
/// </summary>
internal sealed class SimulatedTimeHoldHandler(SimClock clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (clock.Hold())
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
    }
}
