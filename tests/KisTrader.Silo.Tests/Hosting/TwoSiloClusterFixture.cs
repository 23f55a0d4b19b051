using KisTrader.Silo.Tests.Infrastructure;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>
/// Two silos built by the <c>silo</c> command's host (so through <c>AddKisTraderSilo</c>) with AdoNet clustering, grain
/// storage and reminders on one fresh, unmigrated database (the first silo migrates it at start), plus an external
/// client that finds them through the membership table. Shared by the tests of the class: cold starts cost seconds.
/// </summary>
public sealed class TwoSiloClusterFixture : IAsyncLifetime
{
    public const string ServiceId = "kistrader-silo-tests";

    private TestDatabase? _database;
    private readonly List<SiloHostHandle> _silos = [];
    private ProbeClient? _client;

    public string ClusterId { get; } = $"two-silos-{Guid.NewGuid():N}";

    internal TestDatabase Database => _database ?? throw new InvalidOperationException("fixture not initialised");

    internal IReadOnlyList<SiloHostHandle> Silos => _silos;

    internal ProbeClient Client => _client ?? throw new InvalidOperationException("fixture not initialised");

    internal List<int> SiloPorts { get; } = [];

    public async ValueTask InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("two");
        for (var i = 0; i < 2; i++)
        {
            var siloPort = FreePort.Next();
            SiloPorts.Add(siloPort);
            _silos.Add(await SiloHostHandle.StartAsync(new Dictionary<string, string?>(InertKisSettings.For("Paper"))
            {
                ["ConnectionStrings:KisTrader"] = _database.ConnectionString,
                ["KisTrader:Mode"] = "Paper",
                ["KisTrader:Cluster:Clustering"] = "AdoNet",
                ["KisTrader:Cluster:ClusterId"] = ClusterId,
                ["KisTrader:Cluster:ServiceId"] = ServiceId,
                ["KisTrader:Cluster:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["KisTrader:Cluster:GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["KisTrader:Cluster:AdvertisedAddress"] = "127.0.0.1",
            }));
        }

        _client = await ProbeClient.StartAdoNetAsync(_database.ConnectionString, ClusterId, ServiceId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        await Task.WhenAll(_silos.Select(s => s.DisposeAsync().AsTask()));
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
