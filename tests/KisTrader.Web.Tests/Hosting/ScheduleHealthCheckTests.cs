using KisTrader.Grains.Scheduling;
using KisTrader.Web.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KisTrader.Web.Tests.Hosting;

/// <summary>
/// /health/ready's <c>schedule</c> check: Unhealthy "schedule not started" while the co-hosted silo's schedule has not
/// started; a client front end (no silo, no <see cref="ScheduleStartStatus"/>) says so and stays ready. The started case:
/// <see cref="OneProcessTests"/>; the status going from not started to started: Grains.Tests' ScheduleStartRetryTests.
/// </summary>
public sealed class ScheduleHealthCheckTests
{
    [Fact]
    public async Task Check_CoHostedSiloScheduleNotStarted_Unhealthy()
    {
        await using var services = new ServiceCollection().AddSingleton(new ScheduleStartStatus()).BuildServiceProvider();

        var result = await new ScheduleHealthCheck(services).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal((HealthStatus.Unhealthy, "schedule not started yet"), (result.Status, result.Description));
    }

    [Fact]
    public async Task Check_ClientFrontEndWithoutSilo_HealthyAndSaysSo()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();

        var result = await new ScheduleHealthCheck(services).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal((HealthStatus.Healthy, "no co-hosted silo: the cluster's silos start the schedule"), (result.Status, result.Description));
    }
}
