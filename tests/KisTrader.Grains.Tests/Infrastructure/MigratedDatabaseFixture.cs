using KisTrader.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Grains.Tests.Infrastructure;

/// <summary>A fresh, fully migrated database per test class.</summary>
public sealed class MigratedDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    internal TestDatabase Database => _database ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("fx");
        await new DatabaseMigrator(_database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
