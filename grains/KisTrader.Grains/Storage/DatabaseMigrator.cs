using System.Collections.Immutable;
using System.Reflection;
using DbUp;
using DbUp.Postgresql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KisTrader.Grains.Storage;

/// <summary>
/// Brings a PostgreSQL database to the current Orleans ADO.NET schema and trading-journal schema (the silo's
/// <c>migrate</c> step). The scripts are the files of <c>deploy/sql/orleans</c> and <c>deploy/sql/journal</c>,
/// embedded in this assembly; each schema has its own dbup journal table, each script runs once, in file-name order,
/// in its own transaction. Safe to run again (a no-op when up to date) and from several processes at once: the whole
/// run holds a PostgreSQL session advisory lock, so a second migrator waits and then finds nothing to do.
/// </summary>
public sealed partial class DatabaseMigrator
{
    /// <summary>The <c>pg_advisory_lock</c> key every KisTrader migrator takes (ASCII "KisTrMig"); never change it.</summary>
    public const long AdvisoryLockKey = 0x4B69_7354_724D_6967;

    /// <summary>The dbup journal table of the Orleans schema.</summary>
    public const string OrleansVersionsTable = "public.orleans_schema_versions";

    /// <summary>The dbup journal table of the trading-journal schema.</summary>
    public const string JournalVersionsTable = "journal.schema_versions";

    private const string OrleansResourcePrefix = "KisTrader.Sql.Orleans.";
    private const string JournalResourcePrefix = "KisTrader.Sql.Journal.";

    private static readonly Assembly s_scripts = typeof(DatabaseMigrator).Assembly;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<DatabaseMigrator> _logger;

    public DatabaseMigrator(NpgsqlDataSource dataSource, ILogger<DatabaseMigrator> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(logger);
        _dataSource = dataSource;
        _logger = logger;
    }

    /// <summary>The embedded script names of a schema, in the order they are applied (file names, e.g. <c>0001_initial.sql</c>).</summary>
    public static ImmutableArray<string> ScriptNames(DatabaseSchema schema)
    {
        var prefix = Prefix(schema);
        return [.. s_scripts.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => n[prefix.Length..])];
    }

    /// <summary>
    /// Applies every script not yet applied, Orleans schema first. Waits for another migrator holding the lock.
    /// </summary>
    /// <exception cref="MigrationException">A script failed (the error names it); later scripts were not run.</exception>
    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var target = Describe(_dataSource.ConnectionString);
        await using var lockConnection = await _dataSource.OpenConnectionAsync(cancellationToken);
        LogWaitingForLock(_logger, target);
        await ExecuteAsync(lockConnection, "SELECT pg_advisory_lock(@key)", AdvisoryLockKey, cancellationToken);
        try
        {
            LogMigrating(_logger, target);
            // dbup creates its journal table but not the schema that holds it. dbup itself is synchronous: once a
            // schema has started, cancellation waits for it to finish.
            await ExecuteAsync(lockConnection, "CREATE SCHEMA IF NOT EXISTS journal", null, cancellationToken);
            var orleans = await Task.Run(() => Upgrade(DatabaseSchema.Orleans), cancellationToken);
            var journal = await Task.Run(() => Upgrade(DatabaseSchema.Journal), cancellationToken);
            return new MigrationResult(orleans, journal);
        }
        finally
        {
            await UnlockAsync(lockConnection);
        }
    }

    private ImmutableArray<string> Upgrade(DatabaseSchema schema)
    {
        var prefix = Prefix(schema);
        var table = schema == DatabaseSchema.Orleans ? OrleansVersionsTable : JournalVersionsTable;
        var dot = table.IndexOf('.', StringComparison.Ordinal);
        var engine = DeployChanges.To
            .PostgresqlDatabase(new PostgresqlConnectionManager(_dataSource))
            .WithScriptsEmbeddedInAssembly(s_scripts, n => n.StartsWith(prefix, StringComparison.Ordinal))
            .JournalToPostgresqlTable(table[..dot], table[(dot + 1)..])
            .WithTransactionPerScript()
            // The scripts use PostgreSQL dollar quoting ($fn$, $q$), which dbup would take for $variables$.
            .WithVariablesDisabled()
            .LogTo(new DbUpLog(_logger))
            .Build();

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            var failed = result.ErrorScript?.Name is { } name ? name[prefix.Length..] : "(unknown script)";
            LogScriptFailed(_logger, result.Error, schema, failed);
            var message = $"{schema} migration {failed} failed: {result.Error?.Message ?? "no error reported"}";
            throw result.Error is { } error ? new MigrationException(message, error) : new MigrationException(message);
        }

        var applied = result.Scripts.Select(s => s.Name[prefix.Length..]).ToImmutableArray();
        foreach (var script in applied)
        {
            LogScriptApplied(_logger, schema, script);
        }

        if (applied.IsEmpty)
        {
            var known = ScriptNames(schema).Length;
            LogUpToDate(_logger, schema, known);
        }

        return applied;
    }

    // Pooled connections outlive this call, so the session lock must be released explicitly. When that fails, the
    // connection is marked to be closed instead of going back to the pool: PostgreSQL drops the lock with the session.
    private async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", AdvisoryLockKey, CancellationToken.None);
        }
        catch (NpgsqlException e)
        {
            LogUnlockFailed(_logger, e);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, long? key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (key is { } k)
        {
            command.Parameters.AddWithValue("key", k);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Prefix(DatabaseSchema schema) => schema switch
    {
        DatabaseSchema.Orleans => OrleansResourcePrefix,
        DatabaseSchema.Journal => JournalResourcePrefix,
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "unknown schema"),
    };

    // Host, port and database only: the connection string carries the password.
    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Migrating database {Target}: waiting for the migration lock")]
    private static partial void LogWaitingForLock(ILogger logger, string target);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Migrating database {Target}: lock held")]
    private static partial void LogMigrating(ILogger logger, string target);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "{Schema} schema: applied {Script}")]
    private static partial void LogScriptApplied(ILogger logger, DatabaseSchema schema, string script);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "{Schema} schema is up to date ({Count} scripts)")]
    private static partial void LogUpToDate(ILogger logger, DatabaseSchema schema, int count);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Error, Message = "{Schema} schema: script {Script} failed; later scripts were not run")]
    private static partial void LogScriptFailed(ILogger logger, Exception? exception, DatabaseSchema schema, string script);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Warning, Message = "Could not release the migration lock; it ends with the broken connection")]
    private static partial void LogUnlockFailed(ILogger logger, Exception exception);
}
