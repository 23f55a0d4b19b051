using KisTrader.Grains.Storage;
using KisTrader.Silo.Tests.Infrastructure;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>The <c>migrate</c> and <c>silo</c> commands and the help, run as the built executable.</summary>
public sealed class SiloCommandsTests
{
    private static readonly Dictionary<string, string?> NoDatabase = [];

    [Fact]
    public async Task Migrate_FreshDatabaseTwice_ExitsZeroBothTimesAndCreatesTheTables()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("migrate");
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__KisTrader"] = db.ConnectionString };

        var (firstCode, firstOut, firstErr) = await SiloExe.RunAsync(environment, "migrate");
        var (secondCode, secondOut, secondErr) = await SiloExe.RunAsync(environment, "migrate");

        Assert.True(firstCode == 0, firstErr + firstOut);
        Assert.Contains($"Orleans schema: applied {string.Join(", ", DatabaseMigrator.ScriptNames(DatabaseSchema.Orleans))}", firstOut, StringComparison.Ordinal);
        Assert.Contains($"journal schema: applied {string.Join(", ", DatabaseMigrator.ScriptNames(DatabaseSchema.Journal))}", firstOut, StringComparison.Ordinal);
        Assert.Contains("The database is up to date.", firstOut, StringComparison.Ordinal);
        Assert.True(secondCode == 0, secondErr + secondOut);
        Assert.Contains("Orleans schema: up to date", secondOut, StringComparison.Ordinal);
        Assert.Contains("The database was already up to date.", secondOut, StringComparison.Ordinal);
        Assert.Equal(
            ["orleans_schema_versions", "orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage"],
            await db.ColumnAsync<string>("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'orleans%' ORDER BY 1"));
        Assert.True(await db.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'journal' AND table_name = 'screening_runs'") == 1);
        // Logged and printed with the password masked.
        var password = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString).Password!;
        Assert.Contains("Password=***", firstOut, StringComparison.Ordinal);
        Assert.DoesNotContain(password, firstOut + firstErr + secondOut + secondErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithoutADatabase_ExitsOneAndNamesTheSetting()
    {
        var (code, _, error) = await SiloExe.RunAsync(NoDatabase, "migrate");

        Assert.Equal(1, code);
        Assert.Contains("error: migrate needs a PostgreSQL database: set ConnectionStrings:KisTrader", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_AnUnreachableDatabase_ExitsOneWithoutShowingThePassword()
    {
        var port = FreePort.Next();
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__KisTrader"] = $"Host=127.0.0.1;Port={port};Database=x;Username=u;Password=hunter2-secret;Timeout=3" };

        var (code, output, error) = await SiloExe.RunAsync(environment, "migrate");

        Assert.Equal(1, code);
        Assert.Contains($"error: could not migrate Host=127.0.0.1;Port={port};Database=x;Username=u;Password=***", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silo_PaperModeWithoutADatabase_ExitsTwoAndSaysWhy()
    {
        var (code, _, error) = await SiloExe.RunAsync(NoDatabase, "silo", "--KisTrader:Mode=Paper");

        Assert.Equal(2, code);
        Assert.Contains("KisTrader:Mode is Paper: paper and real trading refuse to start without PostgreSQL", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silo_AnArgumentThatIsNotASetting_ExitsTwo()
    {
        var (code, _, error) = await SiloExe.RunAsync(NoDatabase, "silo", "now");

        Assert.Equal(2, code);
        Assert.Contains("error: unknown argument 'now'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsEveryCommandAndTheSiloSettings()
    {
        var (code, output, _) = await SiloExe.RunAsync(NoDatabase, "help");

        Assert.Equal(0, code);
        foreach (var text in new[] { "usage: dotnet run --project silo/KisTrader.Silo", "  silo ", "  migrate ", "--KisTrader:Cluster:Clustering=Localhost|AdoNet", "--date" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }
    }
}
