using System.Diagnostics;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>deploy/backup.sh and deploy/restore.sh run from a test with the programs' connection setting.</summary>
internal static class BackupScripts
{
    public static Task<(int Code, string Output, string Error)> BackupAsync(
        string connectionString, string backupDirectory, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync("deploy/backup.sh", [], connectionString, new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["KISTRADER_BACKUP_DIR"] = backupDirectory });

    public static Task<(int Code, string Output, string Error)> RestoreAsync(string connectionString, params string[] arguments) =>
        RunAsync("deploy/restore.sh", arguments, connectionString, new Dictionary<string, string>());

    private static async Task<(int Code, string Output, string Error)> RunAsync(
        string script, string[] arguments, string connectionString, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.PathOf(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__KisTrader"] = connectionString;
        start.Environment.Remove("PGPASSWORD");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within 5 minutes");
        }

        return (process.ExitCode, await output, await error);
    }
}
