using KisTrader.Silo.Simulation;

namespace KisTrader.Web.Hosting;

/// <summary>
/// Stops the in-process simulator and the simulated clock when the host stops. Registered before the silo, so it
/// stops after it (hosted services stop in reverse order).
/// </summary>
internal sealed class SimulationLifetime(SimulationEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await environment.DisposeAsync();
}
