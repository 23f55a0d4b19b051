using KisTrader.Testing.Deployment;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// docker-compose.yml's topology (no Docker engine needed): services, dependencies, ports, health checks and TLS,
/// and its ports against deploy/cluster.env, the settings deploy/cluster-local.sh reads too.
/// </summary>
public sealed class ComposeTopologyTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load();
    private static readonly Dictionary<string, string> Cluster = EnvFile.Load("deploy/cluster.env");

    [Fact]
    public void Services_ComposeFile_AreTheClusterTopologyWithTheSimulatorAsAProfile()
    {
        Assert.Equal(["backup", "migrate", "postgres", "silo1", "silo2", "simulator", "web1", "web2"], Compose.ServiceNames.Order(StringComparer.Ordinal));
        Assert.Equal(["simulator"], Compose.List("simulator", "profiles"));
        Assert.All(Compose.ServiceNames.Where(s => s != "simulator"), s => Assert.Empty(Compose.List(s, "profiles")));
        // docker-compose 1.29 (the validator on Debian 12) rejects a top-level name.
        Assert.DoesNotContain("name", Compose.TopLevelKeys);
        Assert.DoesNotContain("version", Compose.TopLevelKeys);
    }

    [Fact]
    public void DependsOn_EveryService_WaitsForTheMigrateJobAndAHealthyDatabase()
    {
        Assert.Equal(new Dictionary<string, string> { ["postgres"] = "service_healthy" }, Compose.DependsOn("migrate"));
        foreach (var silo in new[] { "silo1", "silo2" })
        {
            Assert.Equal(
                new Dictionary<string, string> { ["postgres"] = "service_healthy", ["migrate"] = "service_completed_successfully" },
                Compose.DependsOn(silo));
        }

        foreach (var web in new[] { "web1", "web2" })
        {
            Assert.Equal(
                new Dictionary<string, string> { ["migrate"] = "service_completed_successfully", ["silo1"] = "service_healthy", ["silo2"] = "service_healthy" },
                Compose.DependsOn(web));
        }

        // A dependency on the profiled simulator would break `up` without the profile.
        Assert.All(Compose.ServiceNames, s => Assert.DoesNotContain("simulator", Compose.DependsOn(s).Keys));
        Assert.Equal("no", Compose.Get("migrate", "restart"));
        Assert.Equal(["migrate"], Compose.List("migrate", "command"));
        Assert.Equal(["silo"], Compose.List("silo1", "command"));
        Assert.Equal(["silo"], Compose.List("silo2", "command"));
    }

    [Fact]
    public void Postgres_ComposeFile_IsPinnedDurableHealthCheckedAndTlsOnly()
    {
        Assert.Matches(@"^postgres:15\.\d+-[a-z]+$", (string)Compose.Get("postgres", "image")!);
        Assert.Contains("pgdata", Compose.VolumeNames);
        Assert.Contains("pgdata:/var/lib/postgresql/data", Compose.List("postgres", "volumes"));
        Assert.Equal(["CMD-SHELL", "pg_isready -h 127.0.0.1 -p 5432 -U kistrader -d kistrader"], Compose.HealthCheck("postgres"));
        var command = Compose.List("postgres", "command");
        Assert.Contains("ssl=on", command);
        Assert.Contains("ssl_min_protocol_version=TLSv1.2", command);
        Assert.Contains("hba_file=/etc/kistrader/pg_hba.conf", command);
        Assert.Empty(Compose.List("postgres", "ports"));

        var hba = EnvFreeLines(Repository.Read("deploy/postgres/pg_hba.conf"));
        Assert.All(hba, line => Assert.True(line.StartsWith("local", StringComparison.Ordinal) || line.StartsWith("hostssl", StringComparison.Ordinal), line));
        Assert.Contains(hba, line => line.StartsWith("hostssl", StringComparison.Ordinal) && line.EndsWith("scram-sha-256", StringComparison.Ordinal));
    }

    [Fact]
    public void Ports_ComposeServices_AreTheSharedSettings()
    {
        var siloPort = Cluster["KISTRADER_SILO_PORT"];
        var gatewayPort = Cluster["KISTRADER_GATEWAY_PORT"];
        var webPort = Cluster["KISTRADER_WEB_PORT"];
        var simulatorPort = Cluster["KISTRADER_SIMULATOR_PORT"];
        foreach (var silo in new[] { "silo1", "silo2" })
        {
            var env = Compose.Environment(silo);
            Assert.Equal(siloPort, env["KisTrader__Cluster__SiloPort"]);
            Assert.Equal(gatewayPort, env["KisTrader__Cluster__GatewayPort"]);
            Assert.Equal(silo, env["KisTrader__Cluster__AdvertisedAddress"]);
            Assert.Equal("true", env["KisTrader__Cluster__ListenOnAnyAddress"]);
            var gatewayHex = int.Parse(gatewayPort, System.Globalization.CultureInfo.InvariantCulture).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(["CMD", "grep", "-sqE", $"^ *[0-9]+: [0-9A-F]+:{gatewayHex} [0-9A-F]+:[0-9A-F]+ 0A", "/proc/net/tcp", "/proc/net/tcp6"], Compose.HealthCheck(silo));
            Assert.Empty(Compose.List(silo, "ports"));
        }

        Assert.Equal([$"127.0.0.1:{webPort}:{webPort}"], Compose.List("web1", "ports"));
        Assert.Equal([$"127.0.0.1:{int.Parse(webPort, System.Globalization.CultureInfo.InvariantCulture) + 1}:{webPort}"], Compose.List("web2", "ports"));
        foreach (var web in new[] { "web1", "web2" })
        {
            Assert.Equal($"https://+:{webPort}", Compose.Environment(web)["ASPNETCORE_URLS"]);
            Assert.Equal(["CMD", "curl", "-fsS", "--cacert", "/certs/ca.crt", "-o", "/dev/null", $"https://localhost:{webPort}/health/ready"], Compose.HealthCheck(web));
        }

        Assert.Equal(["--urls", $"http://0.0.0.0:{simulatorPort}"], Compose.List("simulator", "command"));
        Assert.Equal([$"127.0.0.1:{simulatorPort}:{simulatorPort}"], Compose.List("simulator", "ports"));
        Assert.Equal(["CMD", "curl", "-fsS", "-o", "/dev/null", $"http://127.0.0.1:{simulatorPort}/sim/clock"], Compose.HealthCheck("simulator"));
        var kis = EnvFile.Load("deploy/kis-simulator.env");
        Assert.Equal($"http://simulator:{simulatorPort}", kis["Kis__RestBaseUrl"]);
        Assert.Equal($"ws://simulator:{simulatorPort}", kis["Kis__WebSocketBaseUrl"]);
        Assert.Equal($"http://simulator:{simulatorPort}/common/master/", kis["Kis__MasterFileBaseUrl"]);
    }

    [Fact]
    public void Tls_ComposeFile_VerifiesTheDatabaseAndServesHttpsWithTheConfiguredCertificate()
    {
        foreach (var service in new[] { "migrate", "silo1", "silo2", "web1", "web2" })
        {
            var connection = Compose.Environment(service)["ConnectionStrings__KisTrader"];
            Assert.StartsWith("Host=postgres;Port=5432;Database=kistrader;Username=kistrader;Password=<required:KISTRADER_DB_PASSWORD>;", connection, StringComparison.Ordinal);
            Assert.EndsWith(";SSL Mode=VerifyFull;Root Certificate=/certs/ca.crt", connection, StringComparison.Ordinal);
            Assert.Contains("./deploy/certs:/certs:ro", Compose.List(service, "volumes"));
        }

        foreach (var web in new[] { "web1", "web2" })
        {
            var env = Compose.Environment(web);
            Assert.Equal("/certs/server.pfx", env["Kestrel__Certificates__Default__Path"]);
            Assert.Equal("<required:KISTRADER_CERT_PASSWORD>", env["Kestrel__Certificates__Default__Password"]);
        }

        // Orleans TLS (mutual, the same CA) on every silo and every client of the gateways.
        foreach (var service in new[] { "silo1", "silo2", "web1", "web2" })
        {
            var env = Compose.Environment(service);
            Assert.Equal("/certs/server.pfx", env["KisTrader__Tls__CertificatePath"]);
            Assert.Equal("<required:KISTRADER_CERT_PASSWORD>", env["KisTrader__Tls__CertificatePassword"]);
            Assert.Equal("/certs/ca.crt", env["KisTrader__Tls__CaPath"]);
        }
    }

    [Fact]
    public void HealthChecks_EveryLongRunningService_HasOneAndTheMigrateJobNone()
    {
        foreach (var service in Compose.ServiceNames.Where(s => s != "migrate"))
        {
            Assert.NotEmpty(Compose.HealthCheck(service));
            Assert.Equal("unless-stopped", Compose.Get(service, "restart"));
        }

        Assert.Empty(Compose.HealthCheck("migrate"));
    }

    private static List<string> EnvFreeLines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
