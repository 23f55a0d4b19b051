using System.Diagnostics;

namespace KisTrader.Testing.Deployment;

/// <summary>A script of the repository (deploy/*.sh) run with bash from a test or a benchmark, bounded in time.</summary>
public static class DeployScript
{
    /// <summary>
    /// Runs <paramref name="script"/> (a path below the repository's root) with <paramref name="arguments"/>; each
    /// variable of <paramref name="environment"/> is set, or removed where its value is null. Past
    /// <paramref name="timeout"/> the script's process tree is killed and a <see cref="TimeoutException"/> thrown
    /// (cancelled: killed too, and the cancellation thrown).
    /// </summary>
    public static async Task<ScriptResult> RunAsync(
        string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryFiles.PathOf(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
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
            throw new TimeoutException($"{script} {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        return new ScriptResult(process.ExitCode, await output, await error);
    }
}
