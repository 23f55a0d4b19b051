using System.Security.Cryptography;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Grains.Storage;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Clusters;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>
/// One silo wired as production wires it (<c>AddKisCluster</c> before <c>AddKisClient</c>), grain state in PostgreSQL,
/// and the in-process KIS simulator with its REST rate limit on (<see cref="PermitsPerSecond"/> per 1 s, sliding, wall
/// clock). Further "silos" are KIS clients built the same way over the cluster client (<see cref="CreateSiloClient"/>).
/// </summary>
public sealed class KisClusterFixture : IAsyncLifetime
{
    public const int PermitsPerSecond = 6;

    private readonly List<ServiceProvider> _clients = [];
    private bool _budgetOutage;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public SimulatorHost Sim { get; private set; } = null!;

    public HttpClient Control { get; private set; } = null!;

    internal TestDatabase Database { get; private set; } = null!;

    /// <summary>While true, every call to an <see cref="IRateBudgetGrain"/> fails (a silo-wide incoming call filter).</summary>
    public bool BudgetOutage
    {
        get => Volatile.Read(ref _budgetOutage);
        set => Volatile.Write(ref _budgetOutage, value);
    }

    /// <summary>The journal the silo's grains write to (the fixture's database).</summary>
    internal PostgresTradingJournal Journal => new(Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);

    /// <summary>The silo's own app key (its trading account is the one the account grain serves).</summary>
    public string SiloAppKey { get; } = "PSauthbudget-silo-" + Guid.NewGuid().ToString("N");

    public string SiloCano { get; private set; } = null!;

    public string EncryptionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async ValueTask InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync("kis");
        await new DatabaseMigrator(Database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        Sim = await TestSimulator.StartAsync(TestSimulator.ClosingAuction, s =>
        {
            s["Simulator:RateLimit:Enabled"] = "true";
            s["Simulator:RateLimit:RealPerWindow"] = PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        Control = new HttpClient { BaseAddress = Sim.BaseUrl };

        var siloSettings = await ClientSettingsAsync(SiloAppKey, "silo-secret-" + SiloAppKey);
        SiloCano = siloSettings["Kis:AccountNumber"]!;
        var connectionString = Database.ConnectionString;
        Cluster = await new KisTraderCluster()
            .WithPostgresStorage(connectionString)
            .WithSettings(siloSettings)
            .ConfigureSilo(silo => silo.AddIncomingGrainCallFilter(async call =>
            {
                // The injected failure of the fail-closed tests: the budget grain's calls fail as when its silo is gone.
                if (BudgetOutage && call.InterfaceMethod?.DeclaringType == typeof(IRateBudgetGrain))
                {
                    throw new SiloUnavailableException("injected: the rate-budget grain's silo is unreachable");
                }

                await call.Invoke();
            }))
            .ConfigureServices((configuration, services) =>
            {
                services.AddKisCluster(configuration);
                services.AddKisClient(configuration);
                services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
                services.AddSingleton<ITradingJournal, PostgresTradingJournal>();
            })
            .DeployAsync();
    }

    /// <summary>The configuration of a KIS client for <paramref name="appKey"/> against the simulator, with this cluster's key.</summary>
    public async Task<Dictionary<string, string?>> ClientSettingsAsync(string appKey, string appSecret)
    {
        var settings = await TestSimulator.ClientSettingsAsync(Sim, appKey, appSecret);
        settings["Kis:Auth:TokenStore"] = "External";
        settings["Kis:RateLimit:RequestsPerSecond"] = PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Kis:Cluster:EncryptionKey"] = EncryptionKey;
        return settings;
    }

    /// <summary>
    /// A KIS client as another silo would build it (grain-backed token store and permit source), talking to the grains
    /// through the cluster client. Disposed with the fixture unless the test disposes it first.
    /// </summary>
    public async Task<ServiceProvider> CreateSiloClient(string appKey, string appSecret, Action<IDictionary<string, string?>>? configure = null)
    {
        var settings = await ClientSettingsAsync(appKey, appSecret);
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IGrainFactory>(Cluster.Client);
        services.AddKisCluster(configuration);
        services.AddKisClient(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        lock (_clients)
        {
            _clients.Add(provider);
        }

        return provider;
    }

    /// <summary>GET /sim/metrics.</summary>
    public async Task<JsonElement> MetricsAsync()
    {
        using var document = JsonDocument.Parse(await Control.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        Control?.Dispose();
        if (Sim is not null)
        {
            await Sim.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}
