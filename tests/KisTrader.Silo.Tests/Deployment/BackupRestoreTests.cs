using System.Runtime.Versioning;
using Npgsql;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// deploy/backup.sh and deploy/restore.sh on a real run: the whole cycle on PostgreSQL until it has positions, orders
/// and statistics; a backup; a restore into a fresh database; then the system started on the restored database reads the
/// same positions, orders and statistics through its grains and its journal.
/// </summary>
public sealed class BackupRestoreTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task BackupThenRestore_IntoAFreshDatabase_TheSystemResumesWithTheSamePositionsOrdersAndStatistics()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterId = $"backup-{Guid.NewGuid():N}";
        var backups = Directory.CreateTempSubdirectory("kistrader-backup-test-");
        await using var source = await TestPostgres.CreateDatabaseAsync("bksrc");
        await using var target = await TestPostgres.CreateDatabaseAsync("bkdst");
        try
        {
            TradingSnapshot before;
            await using (var cycle = new DatabaseCycleRun(source.ConnectionString, clusterId))
            {
                await cycle.InitializeAsync();
                before = await TradingSnapshot.ReadAsync(cycle.Run.Host.Services, Day, ct);
            }

            Assert.True(before.PositionCount > 0 && before.OrderCount > before.PositionCount && before.StatisticsCount > 0, $"{before}");
            var password = new NpgsqlConnectionStringBuilder(source.ConnectionString).Password!;

            // The simulation run's single silo uses development clustering: a membership row as a crashed AdoNet silo of the
            // same cluster would have left it, for the restore to clear.
            await using (var silo = source.DataSource.CreateCommand(
                "INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@c) ON CONFLICT DO NOTHING; "
                + "INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, status, starttime, iamalivetime) "
                + "VALUES (@c, '127.0.0.9', 11111, 1, 'crashed', 'crashed', 3, now(), now())"))
            {
                silo.Parameters.AddWithValue("c", clusterId);
                await silo.ExecuteNonQueryAsync(ct);
            }

            var backup = await BackupScripts.BackupAsync(source.ConnectionString, backups.FullName);
            Assert.True(backup.Code == 0, backup.Error);
            var file = backup.Output.Trim();
            Assert.True(File.Exists(file), backup.Output + backup.Error);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.DoesNotContain(password, backup.Output + backup.Error, StringComparison.Ordinal);

            var restore = await BackupScripts.RestoreAsync(target.ConnectionString, file);
            Assert.True(restore.Code == 0, restore.Error);
            Assert.DoesNotContain(password, restore.Output + restore.Error, StringComparison.Ordinal);
            var again = await BackupScripts.RestoreAsync(target.ConnectionString, file);
            Assert.Equal(3, again.Code);
            Assert.Contains("is not empty", again.Error, StringComparison.Ordinal);

            // Row for row the same database, but for the backup's silos (the membership is cleared by the restore).
            var original = await DatabaseContent.ReadAsync(source.ConnectionString, ct);
            var restored = await DatabaseContent.ReadAsync(target.ConnectionString, ct);
            Assert.StartsWith("0 rows", restored["public.orleansmembershiptable"], StringComparison.Ordinal);
            Assert.StartsWith("1 rows", original["public.orleansmembershiptable"], StringComparison.Ordinal);
            original.Remove("public.orleansmembershiptable");
            restored.Remove("public.orleansmembershiptable");
            Assert.Equal(original, restored);

            // The same cluster resumes on the restored database, after the cycle's end (the exit day's evening, real speed).
            await using var resumed = new ResumedRun(target.ConnectionString, clusterId);
            await resumed.InitializeAsync();
            var after = await TradingSnapshot.ReadAsync(resumed.Run.Host.Services, Day, ct);
            Assert.Equal(before, after);
        }
        finally
        {
            backups.Delete(recursive: true);
        }
    }
}
