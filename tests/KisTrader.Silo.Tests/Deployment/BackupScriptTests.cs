using Npgsql;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>deploy/backup.sh's retention and deploy/restore.sh's guards, on small databases (no cluster run).</summary>
public sealed class BackupScriptTests
{
    [Fact]
    public async Task Backup_MoreThanTheNewestN_DeletesOnlyTheOldOnesBeyondN()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("bkret");
        var backups = Directory.CreateTempSubdirectory("kistrader-backup-retention-");
        try
        {
            // Backups 40, 40, 10 and 1 days old, then the new one: with N = 2 and D = 30 the new one and the 1-day one are the
            // newest two, the 10-day one is younger than 30 days, and the two 40-day ones go.
            var old = new[] { "20260101T000000Z", "20260102T000000Z", "20260103T000000Z" }.Select(t => Path.Combine(backups.FullName, $"kistrader-x-{t}.dump")).ToArray();
            var recent = Path.Combine(backups.FullName, "kistrader-x-20260104T000000Z.dump");
            foreach (var (file, age) in new[] { (old[0], 40), (old[1], 40), (old[2], 10), (recent, 1) })
            {
                await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-age));
            }

            var environment = new Dictionary<string, string> { ["KISTRADER_BACKUP_KEEP"] = "2", ["KISTRADER_BACKUP_KEEP_DAYS"] = "30" };
            var (code, output, error) = await BackupScripts.BackupAsync(database.ConnectionString, backups.FullName, environment);

            Assert.True(code == 0, error);
            var made = output.Trim();
            Assert.Equal(new[] { made, old[2], recent }.Order(StringComparer.Ordinal), Directory.GetFiles(backups.FullName).Order(StringComparer.Ordinal));
            Assert.Contains("retention: deleted kistrader-x-20260101T000000Z.dump", error, StringComparison.Ordinal);
            Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(database.ConnectionString).Password!, output + error, StringComparison.Ordinal);
        }
        finally
        {
            backups.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Restore_ADatabaseThatDoesNotExist_IsRefusedUnlessCreateIsGiven()
    {
        await using var source = await TestPostgres.CreateDatabaseAsync("bkcre");
        await using (var setup = source.DataSource.CreateCommand("CREATE TABLE kept(v int); INSERT INTO kept VALUES (7)"))
        {
            await setup.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var backups = Directory.CreateTempSubdirectory("kistrader-backup-create-");
        var missing = $"kt_bkmissing_{Guid.NewGuid():N}";
        try
        {
            var backup = await BackupScripts.BackupAsync(source.ConnectionString, backups.FullName);
            Assert.True(backup.Code == 0, backup.Error);

            var refused = await BackupScripts.RestoreAsync(source.ConnectionString, "--database", missing, backup.Output.Trim());
            Assert.Equal(1, refused.Code);
            Assert.Contains("does not exist (--create creates it)", refused.Error, StringComparison.Ordinal);

            var created = await BackupScripts.RestoreAsync(source.ConnectionString, "--database", missing, "--create", backup.Output.Trim());
            Assert.True(created.Code == 0, created.Error);
            var restored = new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = missing, Pooling = false };
            await using var connection = new NpgsqlConnection(restored.ConnectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var read = new NpgsqlCommand("SELECT v FROM kept", connection);
            Assert.Equal(7, await read.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(missing);
            backups.Delete(recursive: true);
        }
    }
}
