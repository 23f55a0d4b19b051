using System.Globalization;
using KisTrader.Silo.Tests.Infrastructure;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>
/// One silo in the simulator defaults (Localhost clustering, memory storage and reminders, no database) with the
/// dashboard and the metrics endpoint enabled, built by the <c>silo</c> command's host, and a client on its gateway.
/// </summary>
public sealed class SimulatorSiloFixture : IAsyncLifetime
{
    public const string ClusterId = "sim-tests";
    public const string ServiceId = "sim-tests";

    private SiloHostHandle? _silo;
    private ProbeClient? _client;

    internal SiloHostHandle Silo => _silo ?? throw new InvalidOperationException("fixture not initialised");

    internal ProbeClient Client => _client ?? throw new InvalidOperationException("fixture not initialised");

    public int SiloPort { get; } = FreePort.Next();

    public int GatewayPort { get; } = FreePort.Next();

    public Uri DashboardUrl { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    /// <summary>The silo's Prometheus endpoint (<c>KisTrader:Telemetry:MetricsPort</c>).</summary>
    public int MetricsPort { get; } = FreePort.Next();

    public async ValueTask InitializeAsync()
    {
        _silo = await SiloHostHandle.StartAsync(new Dictionary<string, string?>(InertKisSettings.For("Simulator"))
        {
            ["KisTrader:Cluster:ClusterId"] = ClusterId,
            ["KisTrader:Cluster:ServiceId"] = ServiceId,
            ["KisTrader:Cluster:SiloPort"] = SiloPort.ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Dashboard:Enabled"] = "true",
            ["KisTrader:Dashboard:Url"] = DashboardUrl.ToString(),
            ["KisTrader:Telemetry:MetricsPort"] = MetricsPort.ToString(CultureInfo.InvariantCulture),
        });
        _client = await ProbeClient.StartAsync(c => c.UseLocalhostClustering(GatewayPort, ServiceId, ClusterId));
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
