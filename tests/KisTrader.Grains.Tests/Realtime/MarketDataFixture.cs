using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Realtime;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.WebSocket;
using KisTrader.Testing.Clusters;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Orleans.Streams;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// One silo wired as a production silo needs it for market data — the KIS client (REST + WebSocket) against the
/// in-process simulator over real HTTP/WebSocket, grain state on PostgreSQL with the rename-safe JSON serializer, memory
/// streams with their pub-sub store, memory reminders — and a cluster client subscribed to <c>ticks/&lt;symbol&gt;</c> streams.
/// The simulator's clock is paused at Mon 2026-11-23 10:00 KST (continuous session) and moves only by
/// <see cref="AdvanceMarketAsync"/>; the reminder service alone runs on <see cref="ReminderClock"/>, which the test steps.
/// The journal is the fixture's PostgreSQL (<see cref="Journal"/>), and <see cref="Events"/> records the <c>events/all</c> stream.
/// </summary>
public sealed class MarketDataFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

    private const string AppKey = "PSmdata-test-key-0001";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public SimulatorHost Sim { get; private set; } = null!;

    public HttpClient Control { get; private set; } = null!;

    internal FakeTimeProvider ReminderClock { get; } = new(DateTimeOffset.UtcNow);

    internal TestDatabase Database { get; private set; } = null!;

    /// <summary>Regular listed stocks of the simulated market (not halted), in code order.</summary>
    public IReadOnlyList<Instrument> Stocks { get; private set; } = [];

    /// <summary>Every <see cref="TradingEvent"/> the fixture's cluster published on <c>events/all</c> since it started.</summary>
    public TradingEventRecorder Events { get; private set; } = null!;

    internal PostgresTradingJournal Journal => new(Database.DataSource, NullLogger<PostgresTradingJournal>.Instance);

    public IMarketDataGrain MarketData => Cluster.Client.GetGrain<IMarketDataGrain>(GrainKeys.MarketData);

    public IServiceProvider SiloServices => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress);

    public async ValueTask InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync("mdata");
        await new DatabaseMigrator(Database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        Sim = await StartSimulatorAsync(Start);
        Control = new HttpClient { BaseAddress = Sim.BaseUrl };
        Cluster = await CreateClusterAsync(1, await ClientSettingsAsync(AppKey, "mdata-test-secret-0001"), durableReminders: false);
        Events = await TradingEventRecorder.StartAsync(Cluster.Client);

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
    public static Task<SimulatorHost> StartSimulatorAsync(DateTimeOffset start) => TestSimulator.StartAsync(start);

    /// <summary>
    /// The KIS client settings of <paramref name="appKey"/> on this fixture's simulator (or <paramref name="simulator"/>),
    /// with test-friendly reconnect timings.
    /// </summary>
    public async Task<Dictionary<string, string?>> ClientSettingsAsync(string appKey, string appSecret, SimulatorHost? simulator = null)
    {
        var settings = await TestSimulator.ClientSettingsAsync(simulator ?? Sim, appKey, appSecret);
        settings["Kis:WebSocket:ReconnectInitialDelay"] = "00:00:00.020";
        settings["Kis:WebSocket:ReconnectMaxDelay"] = "00:00:00.200";
        settings["Kis:WebSocket:RequestTimeout"] = "00:00:05";
        settings["KisTrader:MarketData:RestoreRetryDelay"] = "00:00:00.200";
        return settings;
    }

    /// <summary>
    /// A cluster of <paramref name="silos"/> silos wired for market data on this fixture's simulator and database, with the
    /// reminder service on <see cref="ReminderClock"/>: memory reminders, or ADO.NET (PostgreSQL) ones that outlive a silo.
    /// The journal is on this fixture's database unless <paramref name="journalConnectionString"/> names another;
    /// <paramref name="services"/> adds (or overrides) silo services; <paramref name="storageConnectionString"/> puts grain
    /// state and reminders on another (migrated) database, for a cluster whose singleton must not share this one's rows.
    /// </summary>
    public async Task<InProcessTestCluster> CreateClusterAsync(
        short silos,
        IReadOnlyDictionary<string, string?> settings,
        bool durableReminders,
        string? journalConnectionString = null,
        Action<IServiceCollection>? services = null,
        string? storageConnectionString = null)
    {
        var connectionString = storageConnectionString ?? Database.ConnectionString;
        var journalDatabase = journalConnectionString ?? connectionString;
        var cluster = new KisTraderCluster(silos)
            .WithPostgresStorage(connectionString)
            .WithReminderClock(ReminderClock)
            .WithSettings(settings)
            .ConfigureServices((configuration, s) =>
            {
                s.AddKisClient(configuration);
                s.AddKisMasterFiles(configuration);
                s.AddMarketData(configuration);
                s.AddSingleton(_ => NpgsqlDataSource.Create(journalDatabase));
                s.AddSingleton<ITradingJournal, PostgresTradingJournal>();
                services?.Invoke(s);
            });
        if (durableReminders)
        {
            cluster.WithPostgresReminders(connectionString);
        }

        return await cluster.DeployAsync();
    }

    /// <summary>
    /// Moves the simulated clock so the market produces data; the next pump step delivers it (the feed is anchored when the
    /// simulator starts, so no wait for a first step is needed: tests wait for the data itself).
    /// </summary>
    public Task AdvanceMarketAsync(TimeSpan by)
    {
        Sim.SimClock!.Advance(by);
        return Task.CompletedTask;
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

    /// <summary>The approval key the silo's KIS WebSocket client uses (cached by the client; issued if none yet).</summary>
    public async Task<string> ApprovalKeyAsync() =>
        await SiloServices.GetRequiredService<IApprovalKeySource>().GetApprovalKeyAsync(TestContext.Current.CancellationToken);

    /// <summary>The highest journal sequence of (<paramref name="stream"/>, <paramref name="subject"/>) so far (0 when none): a test's starting mark.</summary>
    public async Task<long> MarkAsync(string stream, string subject)
    {
        var rows = await Journal.ReadEventsAsync(stream, subject, TestContext.Current.CancellationToken);
        return rows.Count == 0 ? 0 : rows.Max(r => r.Sequence);
    }

    /// <summary>
    /// The journal's events of (the stream of <paramref name="category"/>, <paramref name="subject"/>) after <paramref name="after"/>, once
    /// <paramref name="until"/> holds for their payloads; each one asserted to be on <c>events/all</c> with the same sequence,
    /// category, subject, type and payload, and none carrying the approval key.
    /// </summary>
    public async Task<IReadOnlyList<(TradingEvent Event, T Payload)>> JournaledAsync<T>(
        TradingEventCategory category, string subject, long after, Func<IReadOnlyList<T>, bool> until, string what)
        where T : TradingEventPayload
    {
        var stream = TradingEventPublisher.JournalStream(category);
        IReadOnlyList<RecordedJournalEvent> rows = [];
        await Eventually.TrueAsync(
            async () =>
            {
                rows = [.. (await Journal.ReadEventsAsync(stream, subject, TestContext.Current.CancellationToken)).Where(r => r.Sequence > after)];
                return until([.. rows.Select(r => Payload<T>(r))]);
            },
            () => $"{what}; journaled: {string.Join(" | ", rows.Select(r => r.Event.PayloadJson))}");
        await Eventually.TrueAsync(
            () => Task.FromResult(rows.All(r => Events.Find(r.Sequence) is not null)),
            () => $"events {string.Join(',', rows.Where(r => Events.Find(r.Sequence) is null).Select(r => r.Sequence))} journaled but not (yet) on events/all");

        var approvalKey = await ApprovalKeyAsync();
        var result = new List<(TradingEvent, T)>();
        foreach (var row in rows)
        {
            var published = Events.Find(row.Sequence)!;
            Assert.Equal((category, subject, typeof(T).Name), (published.Category, published.Subject, published.Type));
            Assert.Equal(typeof(T).Name, row.Event.EventType);
            Assert.Equal(TimeSpan.FromHours(9), published.At.Offset);
            var fromJournal = Payload<T>(row);
            var payload = Assert.IsType<T>(published.Payload);
            Assert.Equal(
                JsonSerializer.Serialize<TradingEventPayload>(fromJournal, TradingEventPublisher.PayloadJson),
                JsonSerializer.Serialize<TradingEventPayload>(payload, TradingEventPublisher.PayloadJson));
            Assert.DoesNotContain(approvalKey, row.Event.PayloadJson + row.Event.Subject + JsonSerializer.Serialize(published, TradingEventPublisher.PayloadJson), StringComparison.Ordinal);
            result.Add((published, payload));
        }

        return result;
    }

    private static T Payload<T>(RecordedJournalEvent row)
        where T : TradingEventPayload =>
        Assert.IsType<T>(JsonSerializer.Deserialize<TradingEventPayload>(row.Event.PayloadJson, TradingEventPublisher.PayloadJson));

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
            .GetStream<MarketDataEvent>(StreamIds.Ticks(symbol));
        recorder.Handle = await stream.SubscribeAsync((item, _) =>
        {
            recorder.Items.Enqueue(item);
            return Task.CompletedTask;
        });
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        if (Events is not null)
        {
            await Events.DisposeAsync();
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
