using KisTrader.Grains.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KisTrader.Web.Health;

/// <summary>
/// Ready when the co-hosted silo has started the KRX schedule (<see cref="ScheduleStartStatus"/>: its start is tried
/// again until it succeeds, and no screen runs before): Unhealthy "schedule not started" until then. A client front end
/// hosts no silo: it reports that and stays ready (each silo starts the schedule itself).
/// </summary>
internal sealed class ScheduleHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<ScheduleStartStatus>() is not { } status)
        {
            return Task.FromResult(HealthCheckResult.Healthy("no co-hosted silo: the cluster's silos start the schedule"));
        }

        return Task.FromResult(status.IsReady ? HealthCheckResult.Healthy(status.Describe()) : HealthCheckResult.Unhealthy(status.Describe()));
    }
}
