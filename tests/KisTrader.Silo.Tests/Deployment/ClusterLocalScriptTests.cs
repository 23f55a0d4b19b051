using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KisTrader.Testing.LocalClusters;
using Npgsql;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// deploy/cluster-local.sh end to end on loopback: start (PostgreSQL with TLS, migrate, the simulator, two silos, two
/// HTTPS front ends in client mode), status, stop. Bounded: start 10 minutes at most (it takes ~25 s with a built tree
/// on a loaded 2-core machine; the script waits up to 300 s per stage), stop 3 minutes; the shared
/// <see cref="LocalCluster"/> stops a run the test left running (a failed assertion) and removes its directory.
/// </summary>
public sealed class ClusterLocalScriptTests
{
    private static readonly LocalClusterOptions Options = new("kistrader-cluster-", new PortBlock(200, 320, 5));

    [Fact]
    public async Task StartStatusStop_LocalCluster_TwoReadyFrontEndsSeeTwoActiveSilosAndStopLeavesNothing()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var cluster = new LocalCluster(Options);
        var start = await cluster.StartAsync(TimeSpan.FromMinutes(10), cancel);
        Assert.Contains($"https://127.0.0.1:{cluster.WebPort(0)}/", start.Output, StringComparison.Ordinal);
        Assert.Contains($"https://127.0.0.1:{cluster.WebPort(1)}/", start.Output, StringComparison.Ordinal);
        var pids = cluster.Pids();
        Assert.Equal(["silo1", "silo2", "simulator", "web1", "web2"], pids.Keys.Order(StringComparer.Ordinal));

        var run = cluster.Settings;
        using var http = cluster.HttpsClient();
        var silosSeen = new List<string[]>();
        for (var i = 0; i < 2; i++)
        {
            var ready = await http.GetAsync(new Uri(cluster.FrontEnd(i), "health/ready"), cancel);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri(cluster.FrontEnd(i), "api/system/status"), cancel));
            Assert.Equal("Client", status.RootElement.GetProperty("mode").GetString());
            silosSeen.Add([.. status.RootElement.GetProperty("silos").EnumerateArray().Select(s => s.GetString()!).Order(StringComparer.Ordinal)]);
        }

        Assert.Equal(2, silosSeen[0].Length);
        Assert.Equal(silosSeen[0], silosSeen[1]);
        Assert.Contains(silosSeen[0], s => s.StartsWith($"S127.0.0.1:{cluster.PortBase}:", StringComparison.Ordinal));
        Assert.Contains(silosSeen[0], s => s.StartsWith($"S127.0.0.1:{cluster.PortBase + 1}:", StringComparison.Ordinal));

        // The membership table agrees, and the connection the processes use is TLS verified against the run's CA.
        await using (var db = new NpgsqlConnection(run["PG_CONNECTION"]))
        {
            await db.OpenAsync(cancel);
            await using var active = new NpgsqlCommand("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = 'kistrader' AND status = 3", db);
            Assert.Equal(2L, await active.ExecuteScalarAsync(cancel));
            await using var ssl = new NpgsqlCommand("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", db);
            Assert.Equal(true, await ssl.ExecuteScalarAsync(cancel));
        }

        // Orleans TLS: the silo-to-silo and gateway ports of both silos answer with the run's certificate.
        foreach (var port in new[] { cluster.PortBase, cluster.PortBase + 1, cluster.PortBase + 10, cluster.PortBase + 11 })
        {
            Assert.Equal("CN=localhost", await cluster.Tls.SubjectAsync(port, cancel));
        }

        var (statusCode, statusOutput, statusError) = await cluster.StatusAsync(TimeSpan.FromMinutes(2), cancel);
        Assert.True(statusCode == 0, $"status failed:\n{statusOutput}\n{statusError}");
        Assert.Contains("cluster: 2 active silo(s)", statusOutput, StringComparison.Ordinal);

        var (stopCode, _, stopError) = await cluster.StopAsync(TimeSpan.FromMinutes(3), cancel);
        Assert.True(stopCode == 0, stopError);
        Assert.All(pids, p => Assert.False(IsRunning(p.Value), $"{p.Key} (pid {p.Value}) still runs after stop"));
        Assert.False(Directory.Exists(run["PG_DIR"]), "the PostgreSQL data directory was not removed");
        Assert.Contains("silo1 (pid", stopError, StringComparison.Ordinal);

        // No secret of the run in any log.
        var logs = string.Concat(Directory.EnumerateFiles(Path.Combine(cluster.RunDirectory, "logs"), "*.log").Select(File.ReadAllText));
        string[] secrets = [run["KISTRADER_ADMIN_KEY"], run["KIS_TOKEN_ENCRYPTION_KEY"], run["KISTRADER_CERT_PASSWORD"], run["KIS_APP_SECRET"], new NpgsqlConnectionStringBuilder(run["PG_CONNECTION"]).Password!];
        Assert.All(secrets, s => Assert.DoesNotContain(s, logs, StringComparison.Ordinal));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
