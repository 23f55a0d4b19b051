using System.Diagnostics;
using System.Globalization;

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
    public static async Task<ScriptResult> RunAsync(
        string command, string runDirectory, int portBase, IReadOnlyDictionary<string, string> extra, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryFiles.PathOf("deploy/cluster-local.sh"));
        start.ArgumentList.Add(command);
        start.Environment["KISTRADER_CLUSTER_DIR"] = runDirectory;
        start.Environment["KISTRADER_LOCAL_PORT_BASE"] = portBase.ToString(CultureInfo.InvariantCulture);
        start.Environment["KISTRADER_CLUSTER_TIMEOUT"] = "300";
        var configuration = Environment.GetEnvironmentVariable("KISTRADER_CLUSTER_CONFIGURATION") ?? BuildConfiguration;
        start.Environment["KISTRADER_CLUSTER_CONFIGURATION"] = configuration;
        // The suite runs after the solution's build: use its output; build only what is missing (a lone test run).
        start.Environment["KISTRADER_CLUSTER_BUILD"] = Built(configuration) ? "0" : "1";
        start.Environment.Remove("KISTRADER_CERT_DIR");
        foreach (var (key, value) in extra)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"cluster-local.sh {command} did not finish within {timeout}");
        }

        return new ScriptResult(process.ExitCode, await output, await error);
    }

    private static bool Built(string configuration) =>
        Programs.All(p => File.Exists(RepositoryFiles.PathOf(Path.Combine("artifacts", "bin", p.Project, configuration.ToLowerInvariant(), p.Dll))));
}
