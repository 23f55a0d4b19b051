using KisTrader.Web.Clock;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KisTrader.Web.Health;

/// <summary>Ready when the clock can be read; a paused simulated clock is reported (degraded: nothing moves).</summary>
internal sealed class ClockHealthCheck(IClockControl clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var state = await clock.GetAsync(cancellationToken);
            return state.Paused == true
                ? HealthCheckResult.Degraded($"simulated clock paused at {state.Kst} KST")
                : HealthCheckResult.Healthy($"{(state.Simulated ? "simulated" : "real")} time {state.Kst} KST");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the clock could not be read: {e.GetType().Name}");
        }
    }
}
