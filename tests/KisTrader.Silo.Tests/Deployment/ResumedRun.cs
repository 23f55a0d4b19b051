using System.Globalization;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Infrastructure;
using KisTrader.Silo.Tests.Simulation;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// The default command's run started on an existing (restored) database under a given cluster id, on the evening of the
/// cycle's exit day (2026-11-25, 19:00 KST, after its 18:05 reconciliation) at real speed: nothing of the cycle is due.
/// </summary>
internal sealed class ResumedRun(string connectionString, string clusterId) : IAsyncDisposable
{
    private readonly CapturedConsole _console = new();
    private SimulationRun? _run;

    public SimulationRun Run => _run ?? throw new InvalidOperationException("not started");

    public string Output => _console.Text;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ConnectionStrings:KisTrader"] = connectionString,
            ["KisTrader:Cluster:ClusterId"] = clusterId,
            ["KisTrader:Simulation:Start"] = "2026-11-25T19:00:00+09:00",
            ["KisTrader:Simulation:Speed"] = "1",
            ["KisTrader:Simulation:FastForward"] = "false",
            ["KisTrader:Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Market:KospiListings"] = "250",
            ["Market:KosdaqListings"] = "450",
            ["Simulator:RateLimit:Enabled"] = "false",
        };
        _run = await SimulationRun.StartAsync([], settings, _console, cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }

        _console.Dispose();
    }
}
