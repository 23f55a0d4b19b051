namespace KisTrader.Silo.Tests.Simulation;

/// <summary>The default run with <c>ConnectionStrings:KisTrader</c> set to a fresh, unmigrated database.</summary>
public sealed class DatabaseSimulationRunFixture : SimulationRunFixture
{
    private TestDatabase? _database;

    internal TestDatabase Database => _database ?? throw new InvalidOperationException("fixture not initialised");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<IReadOnlyDictionary<string, string?>> SettingsAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("simrun");
        return new Dictionary<string, string?> { ["ConnectionStrings:KisTrader"] = _database.ConnectionString };
    }
}
