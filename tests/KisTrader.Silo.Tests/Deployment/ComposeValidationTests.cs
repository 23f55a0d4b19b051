using System.Diagnostics;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// docker-compose.yml validated by docker-compose itself (<c>config -q</c>: the schema, the references between
/// services, the interpolation; no engine is contacted). Needs <c>/usr/bin/docker-compose</c> (Debian 12's 1.29.2:
/// <c>apt-get install -y --no-install-recommends docker-compose</c>; deploy/test.sh installs it as root). Fails without it.
/// </summary>
public sealed class ComposeValidationTests
{
    private static readonly Dictionary<string, string> Secrets = new(StringComparer.Ordinal)
    {
        ["KISTRADER_DB_PASSWORD"] = "0123456789abcdef",
        ["KIS_APP_KEY"] = "SIM-APP-KEY",
        ["KIS_APP_SECRET"] = "SIM-APP-SECRET",
        ["KIS_ACCOUNT_NUMBER"] = "50012345",
        ["KIS_TOKEN_ENCRYPTION_KEY"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        ["KISTRADER_ADMIN_KEY"] = "0123456789abcdef0123",
        ["KISTRADER_CERT_PASSWORD"] = "pfx-password",
    };

    [Theory]
    [InlineData("deploy/kis-simulator.env")]
    [InlineData("deploy/kis-paper.env")]
    [InlineData("deploy/kis-real.env")]
    public async Task Config_EverySecretSet_IsValid(string kisSettings)
    {
        var variables = new Dictionary<string, string>(Secrets, StringComparer.Ordinal) { ["KISTRADER_KIS_SETTINGS"] = kisSettings };

        var (code, _, error) = await ComposeAsync(variables, "--profile", "simulator", "config", "-q");

        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task Config_ListsEveryServiceWithTheSimulatorProfile()
    {
        var (code, output, error) = await ComposeAsync(Secrets, "--profile", "simulator", "config", "--services");

        Assert.True(code == 0, error);
        Assert.Equal(["backup", "migrate", "postgres", "silo1", "silo2", "simulator", "web1", "web2"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("KISTRADER_DB_PASSWORD")]
    [InlineData("KIS_TOKEN_ENCRYPTION_KEY")]
    [InlineData("KISTRADER_CERT_PASSWORD")]
    public async Task Config_ASecretMissing_FailsNamingIt(string missing)
    {
        var variables = Secrets.Where(p => p.Key != missing).ToDictionary(StringComparer.Ordinal);

        var (code, _, error) = await ComposeAsync(variables, "config", "-q");

        Assert.Equal(1, code);
        Assert.Contains($"set {missing} in .env", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> ComposeAsync(IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        const string tool = "/usr/bin/docker-compose";
        Assert.True(File.Exists(tool), $"{tool} is missing: apt-get install -y --no-install-recommends docker-compose (deploy/test.sh does it as root)");
        // An env file of exactly these variables (never a developer's .env), and none of them inherited.
        var envFile = Path.Combine(Path.GetTempPath(), $"kistrader-compose-{Guid.NewGuid():N}.env");
        await File.WriteAllLinesAsync(envFile, variables.Select(p => $"{p.Key}={p.Value}"), TestContext.Current.CancellationToken);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repository.Root };
            foreach (var arg in new[] { "-f", Repository.PathOf("docker-compose.yml"), "--env-file", envFile }.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var name in Secrets.Keys.Append("KISTRADER_KIS_SETTINGS").Append("KISTRADER_CERT_DIR").Append("KISTRADER_WEB_BIND"))
            {
                start.Environment.Remove(name);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            File.Delete(envFile);
        }
    }
}
