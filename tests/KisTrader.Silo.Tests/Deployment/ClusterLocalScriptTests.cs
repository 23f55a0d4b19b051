using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Npgsql;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// deploy/cluster-local.sh end to end on loopback: start (PostgreSQL with TLS, migrate, the simulator, two silos, two
/// HTTPS front ends in client mode), status, stop. Bounded: start 10 minutes at most (it takes ~25 s with a built tree
/// on a loaded 2-core machine; the script waits up to 300 s per stage), stop 3 minutes.
/// </summary>
public sealed class ClusterLocalScriptTests
{
    [Fact]
    public async Task StartStatusStop_LocalCluster_TwoReadyFrontEndsSeeTwoActiveSilosAndStopLeavesNothing()
    {
        using var cluster = new LocalCluster();
        Dictionary<string, int> pids = [];
        var stopped = false;
        try
        {
            var (code, output, error) = await cluster.RunAsync("start", TimeSpan.FromMinutes(10));
            Assert.True(code == 0, $"start failed ({code}):\n{error}\n{output}");
            Assert.Contains($"https://127.0.0.1:{cluster.WebPort(0)}/", output, StringComparison.Ordinal);
            Assert.Contains($"https://127.0.0.1:{cluster.WebPort(1)}/", output, StringComparison.Ordinal);
            pids = cluster.Pids();
            Assert.Equal(["silo1", "silo2", "simulator", "web1", "web2"], pids.Keys.Order(StringComparer.Ordinal));

            var run = cluster.RunSettings();
            using var http = cluster.HttpsClient(run["KISTRADER_ADMIN_KEY"]);
            var silosSeen = new List<string[]>();
            for (var i = 0; i < 2; i++)
            {
                var ready = await http.GetAsync(new Uri($"https://127.0.0.1:{cluster.WebPort(i)}/health/ready"), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri($"https://127.0.0.1:{cluster.WebPort(i)}/api/system/status"), TestContext.Current.CancellationToken));
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
                await db.OpenAsync(TestContext.Current.CancellationToken);
                await using var active = new NpgsqlCommand("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = 'kistrader' AND status = 3", db);
                Assert.Equal(2L, await active.ExecuteScalarAsync(TestContext.Current.CancellationToken));
                await using var ssl = new NpgsqlCommand("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", db);
                Assert.Equal(true, await ssl.ExecuteScalarAsync(TestContext.Current.CancellationToken));
            }

            // Orleans TLS: the silo-to-silo and gateway ports of both silos answer with the run's certificate.
            foreach (var port in new[] { cluster.PortBase, cluster.PortBase + 1, cluster.PortBase + 10, cluster.PortBase + 11 })
            {
                Assert.Equal("CN=localhost", await cluster.TlsSubjectAsync(port));
            }

            var (statusCode, statusOutput, statusError) = await cluster.RunAsync("status", TimeSpan.FromMinutes(2));
            Assert.True(statusCode == 0, $"status failed:\n{statusOutput}\n{statusError}");
            Assert.Contains("cluster: 2 active silo(s)", statusOutput, StringComparison.Ordinal);

            var (stopCode, _, stopError) = await cluster.RunAsync("stop", TimeSpan.FromMinutes(3));
            stopped = true;
            Assert.True(stopCode == 0, stopError);
            Assert.All(pids, p => Assert.False(IsRunning(p.Value), $"{p.Key} (pid {p.Value}) still runs after stop"));
            Assert.False(Directory.Exists(run["PG_DIR"]), "the PostgreSQL data directory was not removed");
            Assert.Contains("silo1 (pid", stopError, StringComparison.Ordinal);

            // No secret of the run in any log.
            var logs = string.Concat(Directory.EnumerateFiles(Path.Combine(cluster.RunDirectory, "logs"), "*.log").Select(File.ReadAllText));
            string[] secrets = [run["KISTRADER_ADMIN_KEY"], run["KIS_TOKEN_ENCRYPTION_KEY"], run["KISTRADER_CERT_PASSWORD"], run["KIS_APP_SECRET"], new NpgsqlConnectionStringBuilder(run["PG_CONNECTION"]).Password!];
            Assert.All(secrets, s => Assert.DoesNotContain(s, logs, StringComparison.Ordinal));
        }
        finally
        {
            if (!stopped)
            {
                await cluster.RunAsync("stop", TimeSpan.FromMinutes(3));
            }
        }
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
