using System.Net.Http.Json;
using KisTrader.Testing.LocalClusters;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// The fuzz's own multi-process cluster (it asserts that nothing changes, so no other test may act on it meanwhile):
/// deploy/cluster-local.sh through <see cref="LocalCluster"/> — PostgreSQL (TLS), the simulator, two silos and two HTTPS
/// front ends in client mode, each its own process on loopback. The fuzz aims at front end 1. The script lifts the
/// front ends' per-key and per-address request limits (a few thousand requests in a minute, a quarter of them without
/// a valid key) and sets a 64 KiB body limit (the oversized cases stay small); the whole cluster runs on the
/// simulator's clock from Monday 2026-11-23 10:00 KST (a trading day, before the 14:30 prefetch), paused once up, so
/// no schedule acts during the run.
/// </summary>
public sealed class FuzzCluster : IAsyncLifetime
{
    public const long MaxBody = 65_536;

    // Below the Linux ephemeral range, apart from the blocks the other local-cluster tests and benchmarks draw from.
    private static readonly LocalClusterOptions Options = new("kistrader-fuzz-", new PortBlock(120, 199, 3))
    {
        ScriptEnvironment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["KISTRADER_WEB_RATE_LIMIT"] = "1000000",
            ["KISTRADER_WEB_ANONYMOUS_RATE_LIMIT"] = "1000000",
            ["KISTRADER_WEB_MAX_BODY"] = MaxBody.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["KISTRADER_CLUSTER_CLOCK_START"] = "2026-11-23T10:00:00+09:00",
            ["KISTRADER_CLUSTER_CLOCK_SPEED"] = "1",
        },
    };

    private LocalCluster? _cluster;

    public LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("the fuzz cluster has not started");

    /// <summary>Front end 1, the one fuzzed.</summary>
    public Uri FrontEnd => Cluster.FrontEnd(0);

    public string AdminKey => Cluster.AdminKey;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _cluster = await LocalCluster.StartAsync(Options, TimeSpan.FromMinutes(8), ct);
        using var admin = Client(AdminKey);
        using var pause = await admin.PostAsync(new Uri("api/control/clock/pause", UriKind.Relative), null, ct);
        pause.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// An HTTPS client of front end 1 (the run's CA), sending <paramref name="key"/> if any, never following a redirect,
    /// waiting up to 120 s for a <c>100 Continue</c> before it sends a body it was told to hold back.
    /// </summary>
    public HttpClient Client(string? key)
    {
        var http = Cluster.HttpsClient(FrontEnd, h =>
        {
            h.AllowAutoRedirect = false;
            h.Expect100ContinueTimeout = TimeSpan.FromSeconds(120);
        }, TimeSpan.FromSeconds(120));
        http.DefaultRequestHeaders.Authorization = key is null ? null : new("Bearer", key);
        return http;
    }

    /// <summary>A started SignalR connection to front end 1's hub (WebSockets, the run's CA) with <paramref name="key"/>.</summary>
    public async Task<HubConnection> HubAsync(string key)
    {
        var connection = ClusterHubs.Connection(Cluster, FrontEnd, key);
        connection.ServerTimeout = TimeSpan.FromSeconds(120);
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>A new key of <paramref name="role"/> made through front end 1's API with the admin key.</summary>
    public async Task<string> NewKeyAsync(string role)
    {
        using var admin = Client(AdminKey);
        using var response = await admin.PostAsJsonAsync("api/keys", new { name = $"fuzz {role}", role }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        return created.GetProperty("key").GetString()!;
    }

    /// <summary>
    /// Front end 1 answers 200 on <c>/health/ready</c> (over HTTPS) and every process of the run is still the one the
    /// script started (PID alive, same program); a failure names what is down with the logs' tails.
    /// </summary>
    public async Task AssertHealthyAsync()
    {
        var down = new[] { "web1", "web2", "silo1", "silo2", "simulator" }.Where(p => !Cluster.IsRunning(p)).ToList();
        Assert.True(down.Count == 0, $"not running: {string.Join(", ", down)}\n{Cluster.LogTails()}");
        using var http = Client(null);
        using var ready = await http.GetAsync(new Uri("health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(ready.IsSuccessStatusCode, $"/health/ready {(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}\n{Cluster.LogTail("web1")}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
