using System.Globalization;
using KisTrader.Testing.Deployment;

namespace KisTrader.Testing.LocalClusters;

/// <summary>
/// deploy/cluster-local.sh run for one cluster: its run directory and port base, the caller's build configuration
/// (<c>KISTRADER_CLUSTER_CONFIGURATION</c> in the environment overrides it), its build output used when all three
/// programs are there (built by the script otherwise), 300 s per stage, certificates made in the run directory.
/// </summary>
internal static class ClusterScript
{
    private static readonly (string Project, string Dll)[] Programs =
        [("KisTrader.Silo", "KisTrader.Silo.dll"), ("KisTrader.Web", "KisTrader.Web.dll"), ("KisTrader.Kis.Simulator", "KisTrader.Kis.Simulator.dll")];

    private static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>Runs <paramref name="command"/>; past <paramref name="timeout"/> the script's process tree is killed and a <see cref="TimeoutException"/> thrown.</summary>
    public static Task<ScriptResult> RunAsync(
        string command, string runDirectory, int portBase, IReadOnlyDictionary<string, string> extra, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var configuration = Environment.GetEnvironmentVariable("KISTRADER_CLUSTER_CONFIGURATION") ?? BuildConfiguration;
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["KISTRADER_CLUSTER_DIR"] = runDirectory,
            ["KISTRADER_LOCAL_PORT_BASE"] = portBase.ToString(CultureInfo.InvariantCulture),
            ["KISTRADER_CLUSTER_TIMEOUT"] = "300",
            ["KISTRADER_CLUSTER_CONFIGURATION"] = configuration,
            // The suite runs after the solution's build: use its output; build only what is missing (a lone test run).
            ["KISTRADER_CLUSTER_BUILD"] = Built(configuration) ? "0" : "1",
            ["KISTRADER_CERT_DIR"] = null,
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return DeployScript.RunAsync("deploy/cluster-local.sh", [command], environment, timeout, cancellationToken);
    }

    private static bool Built(string configuration) =>
        Programs.All(p => File.Exists(RepositoryFiles.PathOf(Path.Combine("artifacts", "bin", p.Project, configuration.ToLowerInvariant(), p.Dll))));
}
