using System.Collections.Immutable;
using KisTrader.Grains.Storage;
using KisTrader.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KisTrader.Silo.Commands;

/// <summary>
/// The <c>migrate</c> command: applies the Orleans and trading-journal schemas (<see cref="DatabaseMigrator"/>) to
/// <c>ConnectionStrings:KisTrader</c> and exits 0 (done or already up to date) or 1 (no database, or a failure).
/// </summary>
internal static class MigrateCommand
{
    public const string Usage = """
        migrate [--ConnectionStrings:KisTrader=<connection string>]
          the database comes from ConnectionStrings__KisTrader (environment), appsettings.json or the flag above;
          exit codes: 0 the schemas are up to date (applied now or before), 1 no database or a failure (the message says which)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (CommandDispatcher.CheckSettings(args, out var help) is { } error)
        {
            await Console.Error.WriteLineAsync($"error: {error}{Environment.NewLine}usage: {Usage}");
            return 1;
        }

        if (help)
        {
            Console.WriteLine($"usage: dotnet run --project silo/KisTrader.Silo -- {Usage}");
            return 0;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var connectionString = configuration.GetConnectionString(SiloHostOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync(
                $"error: migrate needs a PostgreSQL database: set {SiloHostOptions.ConnectionStringKey} "
                + $"(environment variable ConnectionStrings__{SiloHostOptions.ConnectionStringName}='Host=...;Port=5432;Database=...;Username=...;Password=...')");
            return 1;
        }

        if (!ConnectionStrings.IsValid(connectionString))
        {
            await Console.Error.WriteLineAsync($"error: {SiloHostOptions.ConnectionStringKey} is not a valid PostgreSQL connection string (expected Host=...;Port=...;Database=...;Username=...;Password=...)");
            return 1;
        }

        var target = ConnectionStrings.Mask(connectionString);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var loggers = LoggerFactory.Create(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o => o.SingleLine = true));
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var result = await new DatabaseMigrator(dataSource, loggers.CreateLogger<DatabaseMigrator>()).MigrateAsync(stop.Token);
            loggers.Dispose(); // flushes the console logger before the summary
            Console.WriteLine($"migrate: {target}");
            Console.WriteLine($"  Orleans schema: {Describe(result.OrleansScripts, DatabaseSchema.Orleans)}");
            Console.WriteLine($"  journal schema: {Describe(result.JournalScripts, DatabaseSchema.Journal)}");
            Console.WriteLine(result.WasUpToDate ? "The database was already up to date." : "The database is up to date.");
            return 0;
        }
        catch (MigrationException e)
        {
            await Console.Error.WriteLineAsync($"error: migrating {target} failed: {e.Message}");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await Console.Error.WriteLineAsync($"error: could not migrate {target}: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: migrating {target} was cancelled; scripts already applied stay applied, run migrate again");
        }

        return 1;
    }

    private static string Describe(ImmutableArray<string> applied, DatabaseSchema schema)
    {
        var known = DatabaseMigrator.ScriptNames(schema).Length;
        return applied.IsEmpty
            ? $"up to date ({known} script{(known == 1 ? "" : "s")})"
            : $"applied {string.Join(", ", applied)}";
    }
}
