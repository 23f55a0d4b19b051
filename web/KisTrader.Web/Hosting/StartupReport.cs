using System.Globalization;
using KisTrader.Silo.Hosting;
using KisTrader.Silo.Simulation;
using KisTrader.Web.Clock;
using KisTrader.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KisTrader.Web.Hosting;

/// <summary>Once the server listens: where the front end is, the mode, the storage, the clock and how to log in.</summary>
internal sealed class StartupReport(
    IHostApplicationLifetime lifetime,
    IServer server,
    FrontEndInfo info,
    IApiKeyStore keys,
    ApiKeyBootstrap bootstrap,
    IClockControl clock,
    ILogger<StartupReport> logger,
    SimulatorClockFollower? follower = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = ReportAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ReportAsync()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(in-memory test server)";
        WebLog.Listening(logger, address.TrimEnd('/') + "/");
        WebLog.Mode(logger, info.Mode, info.Cluster);
        WebLog.Storage(logger, info.Storage, keys.Description);
        var state = await clock.GetAsync(CancellationToken.None);
        var text = state.Simulated
            ? string.Create(CultureInfo.InvariantCulture, $"simulated, now {state.Kst} KST, speed {state.Speed}×{(state.Paused == true ? ", paused" : "")}{(state.Controllable ? "; control it with POST /api/control/clock" : "")}")
            : $"real time, now {state.Kst} KST";
        WebLog.Clock(logger, (info.Mode, follower) switch
        {
            (FrontEndMode.OneProcess, _) => $"{text} (the co-hosted silo's clock)",
            (_, { } followed) => $"{text}; this front end follows the KIS simulator's clock at {followed.Url} ({SiloClockOptions.Section}:Source=Simulator){(state.Controllable ? "" : $": change it on the simulator, or set {WebHostOptions.Section}:SimulatorUrl")}",
            _ => $"{text}; this front end's own clock is the wall clock ({SiloClockOptions.Section}:Source=Wall)",
        });
        WebLog.Login(logger, bootstrap.LoginHint);
    }
}
