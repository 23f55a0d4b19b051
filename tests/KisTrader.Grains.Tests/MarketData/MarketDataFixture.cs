using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.MarketData;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Reminders;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.Streams;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.MarketData;

/// <summary>
/// One silo wired as a production silo needs it for market data — the KIS client (REST + WebSocket) against the
/// in-process simulator over real HTTP/WebSocket, grain state on PostgreSQL with the rename-safe JSON serializer, memory
/// streams with their pub-sub store, memory reminders — and a cluster client subscribed to <c>ticks/&lt;symbol&gt;</c> streams.
/// The simulator's clock is paused at Mon 2026-11-23 10:00 KST (continuous session) and moves only by
/// <see cref="AdvanceMarketAsync"/>; the reminder service alone runs on <see cref="ReminderClock"/>, which the test steps.
/// </summary>
public sealed class MarketDataFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

    private const string AppKey = "PSmdata-test-key-0001";
    private long _simStartedAt;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public SimulatorHost Sim { get; private set; } = null!;

    public HttpClient Control { get; private set; } = null!;

    internal SteppedClock ReminderClock { get; } = new(DateTimeOffset.UtcNow);

    internal TestDatabase Database { get; private set; } = null!;

    /// <summary>Regular listed stocks of the simulated market (not halted), in code order.</summary>
    public IReadOnlyList<Instrument> Stocks { get; private set; } = [];

    public IMarketDataGrain MarketData => Cluster.Client.GetGrain<IMarketDataGrain>(GrainKeys.MarketData);

    public IServiceProvider SiloServices => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress);

    public async ValueTask InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync("mdata");
        await new DatabaseMigrator(Database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        Sim = await StartSimulatorAsync(Start);
        _simStartedAt = Environment.TickCount64;
        Control = new HttpClient { BaseAddress = Sim.BaseUrl };
        Cluster = await CreateClusterAsync(1, await ClientSettingsAsync(AppKey, "mdata-test-secret-0001"), durableReminders: false);

        var master = SiloServices.GetRequiredService<IMasterFileSource>();
        var kospi = await master.GetAsync(KrxMarket.Kospi, TestContext.Current.CancellationToken);
        var kosdaq = await master.GetAsync(KrxMarket.Kosdaq, TestContext.Current.CancellationToken);
        Stocks = [.. kospi.Instruments.Concat(kosdaq.Instruments)
            .Where(i => i.GroupCode == "ST" && !i.IsHalted && GrainKeys.IsSymbol(i.Symbol))
            .OrderBy(i => i.Symbol, StringComparer.Ordinal)];
    }

    /// <summary>
    /// An in-process simulator (real profile, seed 42, 400 listings, no REST rate limit) on a free loopback port, its clock
    /// paused at <paramref name="start"/>.
    /// </summary>
    public static Task<SimulatorHost> StartSimulatorAsync(DateTimeOffset start)
    {
        var options = new SimulatorHostOptions();
        var s = options.Settings;
        s["Market:Seed"] = "42";
        s["Market:KospiListings"] = "200";
        s["Market:KosdaqListings"] = "200";
        s["Simulator:Profile"] = "Real";
        s["Simulator:Clock:Start"] = start.ToString("O");
        s["Simulator:Clock:Paused"] = "true";
        s["Simulator:RateLimit:Enabled"] = "false";
        s["Simulator:Auth:ApprovalKeyInterval"] = "00:00:00";
        return SimulatorHost.StartAsync(options, null, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The KIS client settings of <paramref name="appKey"/> on this fixture's simulator (or <paramref name="simulator"/>),
    /// with test-friendly reconnect timings.
    /// </summary>
    public async Task<Dictionary<string, string?>> ClientSettingsAsync(string appKey, string appSecret, SimulatorHost? simulator = null)
    {
        var sim = simulator ?? Sim;
        using var control = new HttpClient { BaseAddress = sim.BaseUrl };
        var account = await control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{Uri.EscapeDataString(appKey)}", UriKind.Relative), TestContext.Current.CancellationToken);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = sim.BaseUrl.ToString(),
            ["Kis:WebSocketBaseUrl"] = sim.WebSocketUrl.ToString(),
            ["Kis:AppKey"] = appKey,
            ["Kis:AppSecret"] = appSecret,
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:MasterFileBaseUrl"] = new Uri(sim.BaseUrl, "common/master/").ToString(),
            ["Kis:Resilience:RetryBaseDelay"] = "00:00:00.020",
            ["Kis:WebSocket:ReconnectInitialDelay"] = "00:00:00.020",
            ["Kis:WebSocket:ReconnectMaxDelay"] = "00:00:00.200",
            ["Kis:WebSocket:RequestTimeout"] = "00:00:05",
            ["KisTrader:MarketData:RestoreRetryDelay"] = "00:00:00.200",
        };
    }

    /// <summary>
    /// A cluster of <paramref name="silos"/> silos wired for market data on this fixture's simulator and database, with the
    /// reminder service on <see cref="ReminderClock"/>: memory reminders, or ADO.NET (PostgreSQL) ones that outlive a silo.
    /// </summary>
    public async Task<InProcessTestCluster> CreateClusterAsync(short silos, IReadOnlyDictionary<string, string?> settings, bool durableReminders)
    {
        var connectionString = Database.ConnectionString;
        var reminderClock = ReminderClock;
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddAdoNetGrainStorage(ProviderNames.GrainStorage, o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                    o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
                })
                .AddMemoryGrainStorage(ProviderNames.PubSubStore)
                .AddMemoryStreams(ProviderNames.Streams);
            if (durableReminders)
            {
                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
            }
            else
            {
                silo.UseInMemoryReminderService();
            }
        });
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(settings);
            host.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, reminderClock);
            host.Services.AddKisClient(host.Configuration);
            host.Services.AddKisMasterFiles(host.Configuration);
            host.Services.AddMarketData(host.Configuration);
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(ProviderNames.Streams));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>
    /// Moves the simulated clock so the market produces data. The simulator's feed anchors its first pump step (≤ 100 ms
    /// after start) at the simulated now, so a first move made before that step would deliver nothing.
    /// </summary>
    public async Task AdvanceMarketAsync(TimeSpan by)
    {
        var waited = Environment.TickCount64 - _simStartedAt;
        if (waited < 300)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300 - waited), TestContext.Current.CancellationToken);
        }

        Sim.SimClock!.Advance(by);
    }

    /// <summary>
    /// Releases every hold of the shared market-data grain, so a test starts from an empty table even when an earlier one
    /// failed before its own clean-up.
    /// </summary>
    public async Task ReleaseAllAsync()
    {
        foreach (var registration in (await MarketData.GetStatusAsync()).Registrations)
        {
            foreach (var holder in registration.Holders)
            {
                await MarketData.UnsubscribeAsync(registration.Symbol, registration.Kind, holder.Owner);
            }
        }
    }

    /// <summary>GET /sim/metrics → webSocket.</summary>
    public async Task<JsonElement> WebSocketMetricsAsync()
    {
        using var document = JsonDocument.Parse(await Control.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return document.RootElement.GetProperty("webSocket").Clone();
    }

    /// <summary>Drops every WebSocket session now (the simulator's wsDrop fault through /sim/faults).</summary>
    public async Task DropWebSocketsAsync()
    {
        using var content = new StringContent("""[{"kind":"wsDrop"}]""", Encoding.UTF8, "application/json");
        using var response = await Control.PostAsync(new Uri("/sim/faults", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The simulator's current quote of <paramref name="symbol"/> over REST (inquire-price), through the silo's KIS client.</summary>
    public Task<StockQuote> QuoteAsync(string symbol) =>
        SiloServices.GetRequiredService<IKisMarketData>().GetQuoteAsync(new SymbolQuery(symbol), cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>A client-side subscriber of <c>ticks/&lt;symbol&gt;</c> collecting what arrives.</summary>
    public async Task<TickRecorder> RecordAsync(string symbol)
    {
        var recorder = new TickRecorder();
        var stream = Cluster.Client.GetStreamProvider(ProviderNames.Streams)
            .GetStream<MarketDataEvent>(StreamId.Create(ProviderNames.TicksNamespace, symbol));
        recorder.Handle = await stream.SubscribeAsync((item, _) =>
        {
            recorder.Items.Enqueue(item);
            return Task.CompletedTask;
        });
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
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

    /// <summary>What a client-side stream subscriber received.</summary>
    public sealed class TickRecorder : IAsyncDisposable
    {
        public ConcurrentQueue<MarketDataEvent> Items { get; } = new();

        internal StreamSubscriptionHandle<MarketDataEvent>? Handle { get; set; }

        public IReadOnlyList<MarketDataEvent> Snapshot() => [.. Items];

        public async ValueTask DisposeAsync()
        {
            if (Handle is not null)
            {
                await Handle.UnsubscribeAsync();
            }
        }
    }
}
