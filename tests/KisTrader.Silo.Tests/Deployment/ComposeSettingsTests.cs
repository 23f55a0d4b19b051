using System.Diagnostics;
using KisTrader.Silo.Hosting;
using KisTrader.Testing.Deployment;
using Microsoft.Extensions.Configuration;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// The compose file and deploy/cluster-local.sh give every process the same settings (the local script's
/// <c>env</c> command against compose's env_file + environment), secrets come only from the environment, the
/// settings are real keys the silo binds, and the images are multi-stage, non-root and health-checked.
/// </summary>
public sealed class ComposeSettingsTests
{
    private static readonly ComposeFile Compose = ComposeFile.Load();

    /// <summary>Variables only the local script sets (the process's base: a container has its image's).</summary>
    private static readonly string[] LocalBase = ["PATH", "HOME", "LANG", "DOTNET_CLI_TELEMETRY_OPTOUT", "DOTNET_NOLOGO", "DOTNET_ROOT"];

    /// <summary>Per-instance values that differ by design: addresses, ports, paths and the made-per-run secrets.</summary>
    private static readonly string[] PerInstance =
    [
        "ConnectionStrings__KisTrader", "KisTrader__Cluster__SiloPort", "KisTrader__Cluster__GatewayPort", "KisTrader__Cluster__AdvertisedAddress",
        "KisTrader__Cluster__ListenOnAnyAddress", "Kis__RestBaseUrl", "Kis__WebSocketBaseUrl", "Kis__MasterFileBaseUrl", "ASPNETCORE_URLS",
        "Kestrel__Certificates__Default__Path", "KisTrader__Tls__CertificatePath", "KisTrader__Tls__CaPath",
    ];

    [Theory]
    [InlineData("migrate")]
    [InlineData("silo1")]
    [InlineData("silo2")]
    [InlineData("web1")]
    [InlineData("web2")]
    [InlineData("simulator")]
    public async Task Environment_ComposeServiceAndLocalProcess_HaveTheSameKeysAndSharedValues(string service)
    {
        var local = EnvFile.ToDictionary(EnvFile.Parse(await RunScriptEnvAsync(service)));
        var compose = Compose.Environment(service);

        Assert.Equal(compose.Keys.Order(StringComparer.Ordinal), local.Keys.Except(LocalBase).Order(StringComparer.Ordinal));
        foreach (var (key, value) in compose.Where(p => !PerInstance.Contains(p.Key)))
        {
            if (value.StartsWith(ComposeInterpolation.RequiredPrefix, StringComparison.Ordinal))
            {
                Assert.True(local[key] == "<secret>", $"{service}: {key} is a secret in compose but '{local[key]}' in cluster-local.sh env");
            }
            else
            {
                Assert.True(value == local[key], $"{service}: {key} is '{value}' in compose but '{local[key]}' locally");
            }
        }
    }

    [Fact]
    public void Secrets_ComposeFile_TakesThemFromDotEnvAndDocumentsEach()
    {
        var raw = Repository.Read("docker-compose.yml");
        var required = ComposeInterpolation.RequiredVariables(raw).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["KISTRADER_ADMIN_KEY", "KISTRADER_CERT_PASSWORD", "KISTRADER_DB_PASSWORD", "KIS_ACCOUNT_NUMBER", "KIS_APP_KEY", "KIS_APP_SECRET", "KIS_TOKEN_ENCRYPTION_KEY"],
            required.Order(StringComparer.Ordinal));

        var example = EnvFile.Load(".env.example");
        Assert.All(ComposeInterpolation.Variables(raw).Distinct(), v => Assert.True(
            example.ContainsKey(v) || Repository.Read(".env.example").Contains($"# {v}=", StringComparison.Ordinal), $"{v} is not documented in .env.example"));
        Assert.Equal("", example["KISTRADER_DB_PASSWORD"]);
        Assert.Equal("", example["KIS_TOKEN_ENCRYPTION_KEY"]);
        Assert.Equal("", example["KISTRADER_ADMIN_KEY"]);

        var ignored = Repository.Read(".gitignore").Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(".env", ignored);
        Assert.Contains("deploy/certs/", ignored);
        Assert.Contains(".env", Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()));

        // The shared and broker files hold no secret (they are committed and handed to every process).
        string[] secretKeys = ["ConnectionStrings__KisTrader", "Kis__AppKey", "Kis__AppSecret", "Kis__Cluster__EncryptionKey", "KISTRADER_ADMIN_KEY", "Kestrel__Certificates__Default__Password", "KisTrader__Tls__CertificatePassword"];
        foreach (var file in new[] { "deploy/cluster.env", "deploy/kis-simulator.env", "deploy/kis-paper.env", "deploy/kis-real.env" })
        {
            Assert.Empty(EnvFile.Load(file).Keys.Intersect(secretKeys));
        }

        foreach (var service in Compose.ServiceNames)
        {
            foreach (var (key, value) in Compose.RawEnvironment(service).Where(p => secretKeys.Contains(p.Key)))
            {
                Assert.True(ComposeInterpolation.RequiredVariables(value).Any(), $"{service}: {key} is not taken from a required variable");
            }
        }
    }

    [Theory]
    [InlineData("silo1", "deploy/kis-simulator.env", "Simulator")]
    [InlineData("silo2", "deploy/kis-paper.env", "Paper")]
    [InlineData("silo1", "deploy/kis-real.env", "Real")]
    public void SiloSettings_ComposeEnvironment_IsBoundByTheSilo(string service, string kisSettings, string mode)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["KISTRADER_KIS_SETTINGS"] = kisSettings,
            ["KISTRADER_DB_PASSWORD"] = "0123456789abcdef",
            ["KIS_APP_KEY"] = "app-key",
            ["KIS_APP_SECRET"] = "app-secret",
            ["KIS_ACCOUNT_NUMBER"] = "50012345",
            ["KIS_TOKEN_ENCRYPTION_KEY"] = Convert.ToBase64String(new byte[32]),
        };
        var settings = Compose.Environment(service, variables)
            .Select(p => new KeyValuePair<string, string?>(p.Key.Replace("__", ":", StringComparison.Ordinal), p.Value));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var options = SiloHostOptions.Load(configuration);

        Assert.Equal(mode, options.Mode.ToString());
        Assert.Equal(ClusteringKind.AdoNet, options.Cluster.Clustering);
        Assert.Equal(StorageKind.AdoNet, options.Storage.GrainStorage);
        Assert.Equal(StorageKind.AdoNet, options.Storage.Reminders);
        Assert.False(options.Storage.MigrateOnStart);
        Assert.Equal(configuration["KisTrader:Web:Client:ClusterId"], options.Cluster.ClusterId);
        Assert.Equal(configuration["KisTrader:Web:Client:ServiceId"], options.Cluster.ServiceId);
        Assert.Equal(service, options.Cluster.AdvertisedAddress);
        Assert.True(options.Cluster.ListenOnAnyAddress);
    }

    [Theory]
    [InlineData("deploy/silo.Dockerfile", "KisTrader.Silo.dll")]
    [InlineData("deploy/web.Dockerfile", "KisTrader.Web.dll")]
    [InlineData("deploy/simulator.Dockerfile", "KisTrader.Kis.Simulator.dll")]
    public void Dockerfile_EachImage_IsMultiStagePinnedNonRootAndHealthChecked(string path, string dll)
    {
        var lines = Repository.Read(path).Split('\n').Select(l => l.Trim()).ToList();
        var from = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, from.Count);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0\.\d+-[a-z]+ AS build$", from[0]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\.\d+-[a-z]+ AS runtime$", from[1]);
        Assert.Contains("COPY --from=build /app .", lines);
        var user = lines.FindIndex(l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.True(user > lines.IndexOf(from[1]), "USER must be set in the runtime stage");
        Assert.Equal("USER $APP_UID", lines[user]);
        Assert.Single(lines, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{dll}\"]", lines);
        Assert.DoesNotContain(lines, l => l.Contains(":latest", StringComparison.Ordinal));
    }

    private static async Task<string> RunScriptEnvAsync(string service)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.PathOf("deploy/cluster-local.sh"));
        start.ArgumentList.Add("env");
        start.ArgumentList.Add(service);
        start.Environment.Remove("KISTRADER_LOCAL_PORT_BASE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, await error);
        return await output;
    }
}
