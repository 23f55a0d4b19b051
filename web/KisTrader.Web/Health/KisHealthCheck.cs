using System.Net.Sockets;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KisTrader.Web.Health;

/// <summary>
/// KIS reachability, the cheapest way that spends nothing of the app key's budget and touches no token: a TCP connection
/// to the REST gateway's host and port (<c>Kis:RestBaseUrl</c>, or the default of <c>Kis:Environment</c>), no HTTP
/// request; plus the cluster's realtime connection state (the market-data grain's, as <c>/api/system/status</c> shows).
/// Unreachable is <b>Degraded</b>, not Unhealthy: the front end still serves reads, and a load balancer should not pull
/// every front end out because the broker is down. No gateway configured (a client front end without <c>Kis:*</c>): only
/// the cluster's state is reported.
/// </summary>
internal sealed class KisHealthCheck(IConfiguration configuration, IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var realtime = await RealtimeAsync(cancellationToken);
        if (Gateway(configuration) is not { } gateway)
        {
            return HealthCheckResult.Healthy($"no KIS gateway configured on this front end; realtime {realtime}");
        }

        try
        {
            using var tcp = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ConnectTimeout);
            await tcp.ConnectAsync(gateway.Host, gateway.Port, timeout.Token);
            return HealthCheckResult.Healthy($"KIS gateway {gateway.Host}:{gateway.Port} reachable; realtime {realtime}");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"KIS gateway {gateway.Host}:{gateway.Port} not reachable ({(e is SocketException s ? s.SocketErrorCode.ToString() : "timeout")}); realtime {realtime}");
        }
    }

    /// <summary>The REST gateway: <c>Kis:RestBaseUrl</c>, else the real or paper default of <c>Kis:Environment</c>.</summary>
    public static Uri? Gateway(IConfiguration configuration)
    {
        if (Uri.TryCreate(configuration["Kis:RestBaseUrl"], UriKind.Absolute, out var url))
        {
            return url;
        }

        return Enum.TryParse<KisEnvironment>(configuration["Kis:Environment"], ignoreCase: true, out var environment)
            ? environment switch
            {
                KisEnvironment.Real => KisOptions.RealRestUrl,
                KisEnvironment.Paper => KisOptions.PaperRestUrl,
                _ => null,
            }
            : null;
    }

    private async Task<string> RealtimeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var status = await grains.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return status.Connection;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"unknown ({e.GetType().Name})";
        }
    }
}
