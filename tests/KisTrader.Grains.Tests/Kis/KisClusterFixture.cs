using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Grains.Storage;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Simulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Serialization;
using Orleans.Storage;
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

        var options = new SimulatorHostOptions();
        var s = options.Settings;
        s["Market:Seed"] = "42";
        s["Market:KospiListings"] = "200";
        s["Market:KosdaqListings"] = "200";
        s["Simulator:Profile"] = "Real";
        s["Simulator:Clock:Start"] = new DateTimeOffset(2026, 11, 23, 15, 25, 0, TimeSpan.FromHours(9)).ToString("O");
        s["Simulator:Clock:Paused"] = "true";
        s["Simulator:RateLimit:Enabled"] = "true";
        s["Simulator:RateLimit:RealPerWindow"] = PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);
        s["Simulator:Auth:ApprovalKeyInterval"] = "00:00:00";
        Sim = await SimulatorHost.StartAsync(options, null, TestContext.Current.CancellationToken);
        Control = new HttpClient { BaseAddress = Sim.BaseUrl };

        var siloSettings = await ClientSettingsAsync(SiloAppKey, "silo-secret-" + SiloAppKey);
        SiloCano = siloSettings["Kis:AccountNumber"]!;
        var connectionString = Database.ConnectionString;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo
            .AddAdoNetGrainStorage("Default", o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
                o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
            })
            .AddMemoryGrainStorage(ProviderNames.PubSubStore)
            .AddMemoryStreams(ProviderNames.Streams)
            .AddIncomingGrainCallFilter(async call =>
            {
                // The injected failure of the fail-closed tests: the budget grain's calls fail as when its silo is gone.
                if (BudgetOutage && call.InterfaceMethod?.DeclaringType == typeof(IRateBudgetGrain))
                {
                    throw new SiloUnavailableException("injected: the rate-budget grain's silo is unreachable");
                }

                await call.Invoke();
            }));
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(siloSettings);
            host.Services.AddKisCluster(host.Configuration);
            host.Services.AddKisClient(host.Configuration);
            host.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            host.Services.AddSingleton<ITradingJournal, PostgresTradingJournal>();
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(ProviderNames.Streams));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>The configuration of a KIS client for <paramref name="appKey"/> against the simulator, with this cluster's key.</summary>
    public async Task<Dictionary<string, string?>> ClientSettingsAsync(string appKey, string appSecret)
    {
        var account = await Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{Uri.EscapeDataString(appKey)}", UriKind.Relative), TestContext.Current.CancellationToken);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = Sim.BaseUrl.ToString(),
            ["Kis:WebSocketBaseUrl"] = Sim.WebSocketUrl.ToString(),
            ["Kis:AppKey"] = appKey,
            ["Kis:AppSecret"] = appSecret,
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:Auth:TokenStore"] = "External",
            ["Kis:RateLimit:RequestsPerSecond"] = PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kis:Resilience:RetryBaseDelay"] = "00:00:00.020",
            ["Kis:Cluster:EncryptionKey"] = EncryptionKey,
        };
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
