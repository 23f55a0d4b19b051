using KisTrader.Testing.Deployment;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>deploy/backup.sh and deploy/restore.sh run from a test with the programs' connection setting (5 minutes at most).</summary>
internal static class BackupScripts
{
    public static Task<ScriptResult> BackupAsync(
        string connectionString, string backupDirectory, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync("deploy/backup.sh", [], connectionString, new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["KISTRADER_BACKUP_DIR"] = backupDirectory });

    public static Task<ScriptResult> RestoreAsync(string connectionString, params string[] arguments) =>
        RunAsync("deploy/restore.sh", arguments, connectionString, new Dictionary<string, string>());

    private static Task<ScriptResult> RunAsync(string script, string[] arguments, string connectionString, Dictionary<string, string> environment)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["ConnectionStrings__KisTrader"] = connectionString, ["PGPASSWORD"] = null };
        foreach (var (key, value) in environment)
        {
            variables[key] = value;
        }

        return DeployScript.RunAsync(script, arguments, variables, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
    }
}
