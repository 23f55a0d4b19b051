using System.Text;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Grains.Orders;
using KisTrader.Grains.Positions;
using KisTrader.Grains.Realtime;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Clusters;
using KisTrader.Testing.Simulator;
using OrderSide = KisTrader.Trading.Money.OrderSide;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// A simulator paused at <c>start</c> and a one-silo cluster whose grains read a <see cref="ManualClock"/> set to the
/// same instant (a test moves both; timer delays stay real), wired for orders: the KIS client, the
/// market-data grain (fill notices), <see cref="OrdersServiceCollectionExtensions.AddOrders"/>, in-memory journals and a
/// <see cref="TestOrderGate"/>. Each instance uses its own app key, so its simulator account is its own.
/// </summary>
public sealed class OrderCluster : IAsyncDisposable
{
    private OrderCluster(SimulatorHost sim, InProcessTestCluster cluster, TestOrderGate gate, OrderEventRecorder events, ManualClock clock,
        FillNoticeRecorder notices, NoticeOutcomeLog outcomes)
    {
        Notices = notices;
        NoticeOutcomes = outcomes;
        Clock = clock;
        Sim = sim;
        Cluster = cluster;
        Gate = gate;
        Events = events;
    }

    public SimulatorHost Sim { get; }

    /// <summary>The grains' clock: set by the test to the simulator's instant (its delays stay real).</summary>
    public ManualClock Clock { get; }

    public InProcessTestCluster Cluster { get; }

    public TestOrderGate Gate { get; }

    public OrderEventRecorder Events { get; }

    /// <summary>Every 체결통보 published on the account's fills stream.</summary>
    public FillNoticeRecorder Notices { get; }

    /// <summary>What each order grain did with each notice it received (counted or absorbed).</summary>
    public NoticeOutcomeLog NoticeOutcomes { get; }

    public IServiceProvider Silo => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress);

    /// <summary>The order journal of one silo (each silo has its own in-memory journal).</summary>
    public InMemoryOrderJournal JournalOf(InProcessSiloHandle silo) => (InMemoryOrderJournal)Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<IOrderJournal>();

    public IKisTrading Trading => Silo.GetRequiredService<IKisTrading>();

    public InMemoryOrderJournal Journal => (InMemoryOrderJournal)Silo.GetRequiredService<IOrderJournal>();

    public string AccountKey => GrainKeys.Account(Trading.Account.Cano, Trading.Account.ProductCode);

    public DateOnly Today { get; private init; }

    /// <summary>The risk grain's alerts (the in-memory alert journal of the first silo).</summary>
    public InMemoryRiskAlertJournal Alerts => (InMemoryRiskAlertJournal)Silo.GetRequiredService<IRiskAlertJournal>();

    /// <summary>
    /// Starts the simulator at <paramref name="start"/> and the cluster; <paramref name="webSocketDown"/> points the KIS
    /// WebSocket at a closed port. <paramref name="topology"/> gives more silos, grain state and reminders on PostgreSQL
    /// (they outlive a silo) and the reminder service's own clock; the default is one silo, all in memory.
    /// <paramref name="configureSilo"/> adds to each silo after the cluster's own configuration (a test's fault).
    /// </summary>
    public static async Task<OrderCluster> StartAsync(DateTimeOffset start, string appKey, bool webSocketDown = false, Action<Dictionary<string, string?>>? settings = null,
        OrderClusterTopology? topology = null, Action<ISiloBuilder>? configureSilo = null)
    {
        var sim = await TestSimulator.StartAsync(start);
        var config = await TestSimulator.ClientSettingsAsync(sim, appKey, appKey + "-secret");
        config["Kis:WebSocket:ReconnectInitialDelay"] = "00:00:00.020";
        config["Kis:WebSocket:ReconnectMaxDelay"] = "00:00:00.200";
        config["Kis:WebSocket:RequestTimeout"] = "00:00:05";
        config["KisTrader:Orders:AbsenceConfirmDelay"] = "00:00:00";
        if (webSocketDown)
        {
            config["Kis:WebSocketBaseUrl"] = "ws://127.0.0.1:9/";
        }

        settings?.Invoke(config);
        var gate = new TestOrderGate();
        var clock = new ManualClock(start);
        var outcomes = new NoticeOutcomeLog();
        config["KisTrader:Risk:ReconcileOnActivation"] = "false";
        var shareToken = topology?.Silos > 1;
        if (shareToken)
        {
            // Several silos share the one token of the app key through the cluster's token grain, as in production (the
            // simulator, like KIS, issues one a minute: a second silo issuing its own would wait for the next minute).
            config["Kis:Auth:TokenStore"] = "External";
            config["Kis:Cluster:EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        }

        var builder = new KisTraderCluster(topology?.Silos ?? 1)
            .WithClock(clock)
            .WithSettings(config)
            .ConfigureServices((configuration, s) =>
            {
                if (shareToken)
                {
                    // The token from the cluster's grain; each silo keeps its own REST budget (the test's clock jumps).
                    s.AddSingleton<IKisPermitSource, LocalKisPermitSource>();
                    s.AddKisCluster(configuration);
                }

                if (KisTrader.Grains.Tests.AfterHours.FileLogSink.FromEnvironment("orders", clock) is { } sink)
                {
                    s.AddLogging(b => b.AddProvider(sink));
                }

                s.AddKisClient(configuration);
                s.AddKisMasterFiles(configuration);
                s.AddMarketData(configuration);
                s.AddOrders(configuration);
                s.AddSingleton<ITradingJournal, InMemoryTradingJournal>();
                s.AddSingleton<IOrderGate>(gate);
                // The risk grain (a per-symbol halt of an ambiguous order); its gates stay the test's (registered first).
                s.AddSingleton<IRiskAlertJournal, InMemoryRiskAlertJournal>();
                s.AddSingleton<ITradeJournal, InMemoryTradeJournal>();
                s.AddRisk(configuration);
                // Positions, for an order's owner (OrderResumeTests: an owned order tells its position again).
                s.AddSingleton<IPositionJournal, InMemoryPositionJournal>();
                s.AddPositions(configuration);
                s.AddLogging(b => b.AddProvider(outcomes).AddFilter<NoticeOutcomeLog>(NoticeOutcomeLog.Category, LogLevel.Debug));
            });
        if (topology?.Database is { } database)
        {
            builder.WithPostgresStorage(database).WithPostgresReminders(database);
        }

        if (topology?.ReminderClock is { } reminders)
        {
            builder.WithReminderClock(reminders);
        }

        if (configureSilo is not null)
        {
            builder.ConfigureSilo(configureSilo);
        }

        var cluster = await builder.DeployAsync();
        var events = await OrderEventRecorder.StartAsync(cluster.Client);
        var account = await TestSimulator.AccountAsync(sim, appKey);
        var notices = await FillNoticeRecorder.StartAsync(cluster.Client, GrainKeys.Account(account.Cano, "01"));
        return new OrderCluster(sim, cluster, gate, events, clock, notices, outcomes) { Today = DateOnly.FromDateTime(start.DateTime) };
    }

    /// <summary>A resting buy price: 95 % of <paramref name="price"/> rounded down to the tick grid.</summary>
    public static decimal Below(decimal price) => KisTrader.Trading.Pricing.PriceGrid.Default.RoundDown(price * 0.95m);

    public IOrderGrain Order(string id) => Cluster.Client.GetGrain<IOrderGrain>(GrainKeys.Order(id));

    public OrderIntent Intent(string id, string symbol, OrderKind kind, long quantity, decimal? price, OrderSide side = OrderSide.Buy) =>
        new(id, Today, AccountKey, symbol, side, kind, quantity, price, OrderPurpose.Manual, null, "test", "order-tests");

    /// <summary>Listings between 1,000 and 20,000 won with a price now.</summary>
    public async Task<IReadOnlyList<(string Symbol, decimal Price)>> CheapSymbolsAsync(int count)
    {
        var market = Silo.GetRequiredService<IKisMarketData>();
        var master = Silo.GetRequiredService<IMasterFileSource>();
        var kospi = await master.GetAsync(KrxMarket.Kospi, TestContext.Current.CancellationToken);
        var kosdaq = await master.GetAsync(KrxMarket.Kosdaq, TestContext.Current.CancellationToken);
        var found = new List<(string, decimal)>();
        foreach (var i in kospi.Instruments.Concat(kosdaq.Instruments).Where(i => i.GroupCode == "ST" && !i.IsHalted && GrainKeys.IsSymbol(i.Symbol)).OrderBy(i => i.Symbol, StringComparer.Ordinal))
        {
            var quote = await market.GetQuoteAsync(new SymbolQuery(i.Symbol), cancellationToken: TestContext.Current.CancellationToken);
            if (quote.Price is > 1_000m and < 20_000m)
            {
                found.Add((i.Symbol, quote.Price));
                if (found.Count == count)
                {
                    break;
                }
            }
        }

        Assert.True(found.Count == count, $"only {found.Count} listings between 1,000 and 20,000 won");
        return found;
    }

    /// <summary>The broker's rows of the day for <paramref name="symbol"/> (inquire-daily-ccld through the silo's client).</summary>
    public async Task<List<DailyOrder>> BrokerOrdersAsync(string symbol)
    {
        var rows = new List<DailyOrder>();
        await foreach (var row in Trading.GetDailyOrdersAsync(new DailyOrderRequest(Trading.Account, Today, Today) { Symbol = symbol }, cancellationToken: TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public IReadOnlyList<OrderChanged> Changes(string id) => Events.Of(id);

    /// <summary>Moves the simulator (its market and order book) and the grains' clock to <paramref name="instant"/>.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        Sim.SimClock!.JumpTo(instant);
        Clock.Set(instant);
    }

    public async Task FaultAsync(string json)
    {
        using var control = new HttpClient { BaseAddress = Sim.BaseUrl };
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await control.PostAsync(new Uri("/sim/faults", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Removes every simulator fault.</summary>
    public async Task ClearFaultsAsync()
    {
        using var control = new HttpClient { BaseAddress = Sim.BaseUrl };
        using var response = await control.DeleteAsync(new Uri("/sim/faults", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>How many calls the simulator's faults have hit so far (GET /sim/faults).</summary>
    public async Task<long> FaultHitsAsync()
    {
        using var control = new HttpClient { BaseAddress = Sim.BaseUrl };
        using var json = System.Text.Json.JsonDocument.Parse(await control.GetStringAsync(new Uri("/sim/faults", UriKind.Relative), TestContext.Current.CancellationToken));
        return Hits(json.RootElement);

        static long Hits(System.Text.Json.JsonElement e) => e.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Array => e.EnumerateArray().Sum(Hits),
            System.Text.Json.JsonValueKind.Object => e.EnumerateObject().Sum(p =>
                p.NameEquals("hits") && p.Value.ValueKind == System.Text.Json.JsonValueKind.Number ? p.Value.GetInt64() : Hits(p.Value)),
            _ => 0,
        };
    }

    /// <summary><see cref="BrokerOrdersAsync"/>, read again until the client answers (after faults its circuit may be open a while).</summary>
    public async Task<List<DailyOrder>> BrokerOrdersEventuallyAsync(string symbol)
    {
        List<DailyOrder>? rows = null;
        Exception? last = null;
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    rows = await BrokerOrdersAsync(symbol);
                    return true;
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    last = e;
                    return false;
                }
            },
            () => $"the broker's orders of {symbol} readable; last error {last?.GetType().Name}: {last?.Message}",
            TimeSpan.FromMinutes(2));
        return rows!;
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        await Notices.DisposeAsync();
        await Cluster.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
