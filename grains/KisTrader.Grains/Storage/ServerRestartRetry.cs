using Npgsql;

namespace KisTrader.Grains.Storage;

/// <summary>
/// Survives a PostgreSQL restart. Npgsql does not check a pooled connection when it hands it out, and a restart leaves
/// every idle connection of every pool dead: without this, each one fails once, at random, after the server is back
/// (npgsql/npgsql#5073), and a journal write that fails that way is lost. When a command fails because the server
/// ended its session (SQLSTATE 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), the command was
/// not committed (the backend aborts its transaction when it ends), so this empties the pools (this data source's
/// and the connection-string ones Orleans' ADO.NET providers use) and runs the command once more, on a new connection.
/// </summary>
public static class ServerRestartRetry
{
    public static async Task<T> RunAsync<T>(NpgsqlDataSource dataSource, Func<Task<T>> command)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return await command();
        }
        catch (PostgresException e) when (IsSessionEnded(e))
        {
            dataSource.Clear();
            NpgsqlConnection.ClearAllPools();
            return await command();
        }
    }

    /// <summary>The server ended the session (it stopped, crashed, or was not accepting connections yet).</summary>
    public static bool IsSessionEnded(PostgresException e) =>
        e?.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
}
