using KisTrader.Grains.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// Applies the database migrations when the host starts, before the silo does (<see cref="SiloStorageOptions.MigrateOnStart"/>).
/// A failure stops the host: a silo must not run on a schema it does not know.
/// </summary>
internal sealed class DatabaseMigrationService(NpgsqlDataSource dataSource, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await new DatabaseMigrator(dataSource, logger).MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
