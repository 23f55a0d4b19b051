using Npgsql;

namespace KisTrader.Testing.PostgreSql;

/// <summary>
/// The PostgreSQL server the tests run against: the one deploy/test.sh starts and names in KISTRADER_TEST_PG. Tests
/// never skip without it: they fail and say how to get one. Shared by every test project that needs a database
/// (tests/KisTrader.Testing).
/// </summary>
public static class TestPostgres
{
    public const string Variable = "KISTRADER_TEST_PG";

    /// <summary>The connection string of the server's own database (used only to create and drop test databases).</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set. These tests need a real PostgreSQL: run them through deploy/test.sh (it starts a "
                + $"throwaway server), or run `eval \"$(deploy/postgres.sh start)\" && export {Variable}` first.");

    /// <summary>Creates an empty database with a unique name, owned by the test role.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(string purpose)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        var name = $"kt_{purpose}_{Guid.NewGuid():N}".ToLowerInvariant();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, 63, nameof(purpose));
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        builder.Database = name;
        // Each test database gets its own pool, cleared when it is dropped.
        builder.ApplicationName = name;
        return new TestDatabase(name, builder.ConnectionString);
    }

    /// <summary>Drops a test database, disconnecting whoever still uses it.</summary>
    /// <remarks>
    /// The test role may terminate only its own sessions: while an autovacuum worker (a superuser process) is busy in the
    /// database, DROP ... WITH (FORCE) fails with 42501 (or 55006), so the drop is retried until the worker is gone.
    /// </remarks>
    public static async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }
}
