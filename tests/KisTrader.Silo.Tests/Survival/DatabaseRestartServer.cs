using System.Diagnostics;
using System.Globalization;
using KisTrader.Silo.Tests.Deployment;
using Npgsql;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// A private PostgreSQL server that one test stops and starts again (never the shared KISTRADER_TEST_PG one): made by
/// <c>deploy/postgres.sh start</c> (its own data directory and port), stopped and started with the same binaries'
/// <c>pg_ctl</c> on the same data directory and port (as the directory's owner when the test runs as root, like the
/// script), and removed by <c>deploy/postgres.sh stop</c>.
/// </summary>
internal sealed class DatabaseRestartServer : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    private DatabaseRestartServer(string directory, string connectionString)
    {
        Directory = directory;
        ConnectionString = connectionString;
    }

    /// <summary>The server's directory (/tmp/kistrader-pg.*): data/, sock/, server.log.</summary>
    public string Directory { get; }

    /// <summary>The login role's connection string to the server's database.</summary>
    public string ConnectionString { get; }

    private static string Bin => Environment.GetEnvironmentVariable("PG_BIN") ?? "/usr/lib/postgresql/15/bin";

    public static async Task<DatabaseRestartServer> StartAsync()
    {
        var (code, output, error) = await RunAsync("bash", [Repository.PathOf("deploy/postgres.sh"), "start"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"deploy/postgres.sh start failed ({code}): {error}");
        }

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var directory = lines.Single(l => l.StartsWith("KISTRADER_PG_DIR=", StringComparison.Ordinal))["KISTRADER_PG_DIR=".Length..];
        var connection = File.ReadAllText(Path.Combine(directory, "connection")).Trim();
        return new DatabaseRestartServer(directory, connection);
    }

    /// <summary>A connection string to another database of the same server (created by <see cref="CreateDatabaseAsync"/>).</summary>
    public string For(string database) => new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    public async Task CreateDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
#pragma warning disable CA2100 // the name is the test's own constant
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
#pragma warning restore CA2100
        await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are ended, as on a real restart).</summary>
    public async Task StopServerAsync() => await PgCtlAsync("-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");

    /// <summary>Starts the server again on the same data directory and port.</summary>
    public async Task StartServerAsync()
    {
        var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port.ToString(CultureInfo.InvariantCulture);
        var options = $"-p {port} -k {Path.Combine(Directory, "sock")} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        await PgCtlAsync("-D", DataDirectory, "-l", Path.Combine(Directory, "server.log"), "-w", "-t", "60", "-o", options, "start");
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("bash", [Repository.PathOf("deploy/postgres.sh"), "stop", Directory]);
    }

    private string DataDirectory => Path.Combine(Directory, "data");

    private async Task PgCtlAsync(params string[] arguments)
    {
        var pgCtl = Path.Combine(Bin, "pg_ctl");
        var (code, output, error) = Environment.UserName == "root"
            ? await RunAsync("runuser", ["-u", (await RunAsync("stat", ["-c", "%U", Directory])).Output.Trim(), "--", pgCtl, .. arguments])
            : await RunAsync(pgCtl, arguments);
        if (code != 0)
        {
            throw new InvalidOperationException($"pg_ctl {arguments[^1]} failed ({code}): {output} {error}");
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(ScriptTimeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}
