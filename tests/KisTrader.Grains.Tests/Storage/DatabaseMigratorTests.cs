using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KisTrader.Grains.Tests.Storage;

public sealed class DatabaseMigratorTests
{
    // Every journal migration, in the order applied (deploy/sql/journal).
    private static readonly string[] s_journalScripts =
        ["0001_initial.sql", "0002_orders.sql", "0003_positions.sql", "0006_trade_results.sql", "0007_api_keys.sql", "0008_alert_preferences.sql"];

    // What the 10.4.2 ADO.NET providers look up (checked against their assemblies); CleanupDefunctSiloEntryKey is
    // optional there and deliberately absent (see 0002_orleans_clustering.sql).
    private static readonly string[] s_orleansQueryKeys =
    [
        "CleanupDefunctSiloEntriesKey", "ClearStorageKey", "DeleteMembershipTableEntriesKey", "DeleteReminderRowKey",
        "DeleteReminderRowsKey", "DeleteStorageKey", "GatewaysQueryKey", "InsertMembershipKey",
        "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "ReadFromStorageKey",
        "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey", "ReadReminderRowsKey",
        "UpdateIAmAlivetimeKey", "UpdateMembershipKey", "UpsertReminderRowKey", "WriteToStorageKey",
    ];

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryScriptOnceAndLogsEach()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("empty");
        var logger = new ListLogger<DatabaseMigrator>();

        var result = await new DatabaseMigrator(db.DataSource, logger).MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(DatabaseMigrator.ScriptNames(DatabaseSchema.Orleans), result.OrleansScripts);
        Assert.Equal(DatabaseMigrator.ScriptNames(DatabaseSchema.Journal), result.JournalScripts);
        Assert.Equal(
            ["0001_orleans_query.sql", "0002_orleans_clustering.sql", "0003_orleans_persistence.sql", "0004_orleans_reminders.sql"],
            result.OrleansScripts);
        Assert.Equal(s_journalScripts, result.JournalScripts);
        Assert.Equal(s_orleansQueryKeys, await db.ColumnAsync<string>("SELECT querykey FROM orleansquery ORDER BY querykey COLLATE \"C\""));
        Assert.Equal(
            ["orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage"],
            await db.ColumnAsync<string>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'orleans%' AND tablename <> 'orleans_schema_versions' ORDER BY 1"));
        // 21 tables of 0001 (0002 and 0003 only alter them), trade_results and trade_result_fills (0006), api_keys (0007),
        // alert_preferences (0008).
        Assert.Equal(25L, await db.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'journal' AND tablename <> 'schema_versions'"));
        Assert.Equal(4L, await db.ScalarAsync<long>("SELECT count(*) FROM public.orleans_schema_versions"));
        Assert.Equal((long)s_journalScripts.Length, await db.ScalarAsync<long>("SELECT count(*) FROM journal.schema_versions"));
        var messages = logger.Entries.Where(e => e.Level == LogLevel.Information).Select(e => e.Message).ToList();
        foreach (var script in result.OrleansScripts)
        {
            Assert.Contains($"Orleans schema: applied {script}", messages);
        }

        Assert.Contains("Journal schema: applied 0001_initial.sql", messages);
        Assert.Contains("Journal schema: applied 0006_trade_results.sql", messages);
        Assert.DoesNotContain(logger.Entries, e => e.Message.Contains(new NpgsqlConnectionStringBuilder(db.ConnectionString).Password!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_ChangesNothing()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("twice");
        var migrator = new DatabaseMigrator(db.DataSource, NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync(TestContext.Current.CancellationToken);
        var queries = await db.ColumnAsync<string>("SELECT querykey || querytext FROM orleansquery ORDER BY querykey");

        var second = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.True(second.WasUpToDate);
        Assert.Equal(queries, await db.ColumnAsync<string>("SELECT querykey || querytext FROM orleansquery ORDER BY querykey"));
        Assert.Equal(4L, await db.ScalarAsync<long>("SELECT count(*) FROM public.orleans_schema_versions"));
        Assert.Equal((long)s_journalScripts.Length, await db.ScalarAsync<long>("SELECT count(*) FROM journal.schema_versions"));
    }

    [Fact]
    public async Task EveryScript_RunAgainByHand_SucceedsAndKeepsTheQueries()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("rerun");
        await new DatabaseMigrator(db.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken);
        var queries = await db.ColumnAsync<string>("SELECT querykey || querytext FROM orleansquery ORDER BY querykey");

        // What an operator does with psql -f: the raw files again, in order.
        foreach (var schema in new[] { DatabaseSchema.Orleans, DatabaseSchema.Journal })
        {
            foreach (var script in DatabaseMigrator.ScriptNames(schema))
            {
                await db.ExecuteAsync(ReadScript(schema, script));
            }
        }

        Assert.Equal(queries, await db.ColumnAsync<string>("SELECT querykey || querytext FROM orleansquery ORDER BY querykey"));
    }

    [Fact]
    public async Task MigrateAsync_TwoProcessesAtOnce_WaitForTheLockAndApplyEachScriptOnce()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("race");
        await using var first = NpgsqlDataSource.Create(db.ConnectionString);
        await using var second = NpgsqlDataSource.Create(db.ConnectionString);

        // Hold the migration lock, start both migrators, and check they wait rather than race.
        await using var holder = await db.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({DatabaseMigrator.AdvisoryLockKey})", holder))
        {
            await take.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var a = Task.Run(() => new DatabaseMigrator(first, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken));
        var b = Task.Run(() => new DatabaseMigrator(second, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken));
        await WaitForLockWaitersAsync(db, 2);
        Assert.False(a.IsCompleted || b.IsCompleted, "a migrator ran while another process held the migration lock");
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({DatabaseMigrator.AdvisoryLockKey})", holder))
        {
            await release.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var results = await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Single(results, r => r.WasUpToDate);
        var applied = results.Single(r => !r.WasUpToDate);
        Assert.Equal(DatabaseMigrator.ScriptNames(DatabaseSchema.Orleans), applied.OrleansScripts);
        Assert.Equal(DatabaseMigrator.ScriptNames(DatabaseSchema.Journal), applied.JournalScripts);
        Assert.Equal(4L, await db.ScalarAsync<long>("SELECT count(DISTINCT scriptname) FROM public.orleans_schema_versions"));
        Assert.Equal(4L, await db.ScalarAsync<long>("SELECT count(*) FROM public.orleans_schema_versions"));
        Assert.Equal((long)s_journalScripts.Length, await db.ScalarAsync<long>("SELECT count(*) FROM journal.schema_versions"));
    }

    [Fact]
    public async Task MigrateAsync_ScriptFails_ThrowsNamingItAndRollsThatScriptBack()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("broken");
        // A function the clustering script must replace, with a return type it cannot change.
        await db.ExecuteAsync("""
            CREATE FUNCTION orleans_insert_membership(text, text, integer, integer, text, text, integer, integer,
                timestamptz, timestamptz, integer) RETURNS boolean LANGUAGE sql AS 'SELECT true'
            """);
        var logger = new ListLogger<DatabaseMigrator>();

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => new DatabaseMigrator(db.DataSource, logger).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Contains("0002_orleans_clustering.sql", error.Message, StringComparison.Ordinal);
        Assert.IsType<PostgresException>(error.InnerException);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("0002_orleans_clustering.sql", StringComparison.Ordinal));
        Assert.Equal(
            ["KisTrader.Sql.Orleans.0001_orleans_query.sql"],
            await db.ColumnAsync<string>("SELECT scriptname FROM public.orleans_schema_versions"));
        Assert.Null(await db.ScalarAsync<string?>("SELECT to_regclass('orleansmembershipversiontable')::text"));
        Assert.Null(await db.ScalarAsync<string?>("SELECT to_regclass('journal.schema_versions')::text"));

        // Once the obstacle is gone, the next run carries on from the failed script.
        await db.ExecuteAsync("DROP FUNCTION orleans_insert_membership(text, text, integer, integer, text, text, integer, integer, timestamptz, timestamptz, integer)");
        var result = await new DatabaseMigrator(db.DataSource, logger).MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(DatabaseMigrator.ScriptNames(DatabaseSchema.Orleans).Skip(1), result.OrleansScripts);
        Assert.Equal(DatabaseMigrator.ScriptNames(DatabaseSchema.Journal), result.JournalScripts);
    }

    private static async Task WaitForLockWaitersAsync(TestDatabase db, int waiters)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var sql = $"""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """;
        while (await db.ScalarAsync<long>(sql) < waiters)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private static string ReadScript(DatabaseSchema schema, string script)
    {
        var resource = $"KisTrader.Sql.{schema}.{script}";
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing embedded script {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
