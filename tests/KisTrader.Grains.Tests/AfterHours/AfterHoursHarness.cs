using KisTrader.GrainInterfaces;
using System.Globalization;
using KisTrader.Grains.AfterHours;
using KisTrader.Grains.Orders;
using KisTrader.Grains.Positions;
using KisTrader.Grains.Realtime;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Sessions;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Clusters;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.AfterHours;

/// <summary>
/// One test's world: its own PostgreSQL database (grain state, journal), an in-process simulator loaded with an
/// <see cref="AfterHoursScenario"/> whose <see cref="SimClock"/> is paused at 15:35 KST on 2026-11-23 and is also the
/// cluster's clock (grains, grain timers, the KIS client): the checkpoint timers fire when the test moves it. As in the
/// one-process run (docs/simulated-time.md), what is transport stays on wall time: the KIS client's transport timeouts
/// and the timers of Orleans' system targets (the stream pulling agents that carry ticks to the symbol grains). Set
/// <c>KISTRADER_TEST_LOG_DIR</c> to get the silo's logs (<see cref="FileLogSink"/>).
/// <para>
/// What the board hands over runs on the real parts as in the silo: the position grains, their order grains (through the
/// risk gates, <see cref="OrderGate"/>) and the account's order book, with the journals on the test's database, except the
/// order journal, kept in memory by the harness (across silo restarts) so <see cref="Orders"/> can read it. The buys
/// reach the simulator, which is the broker the tests ask (<see cref="BrokerOrdersAsync"/>). The reconciliation on the
/// risk grain's activation is off: these tests are not about it (ReconciliationTests are), and the owner's own order of
/// <see cref="AfterHoursRulesTests"/> would halt entries, as it should in a run.
/// </para>
/// </summary>
internal sealed class AfterHoursHarness : IAsyncDisposable
{
    public static readonly DateOnly Day = new(2026, 11, 23);
    private readonly string _directory = Directory.CreateTempSubdirectory("after-hours-").FullName;
    private readonly InMemoryOrderJournal _orderJournal = new();
    private Dictionary<string, string?> _settings = [];

    public TestDatabase Database { get; private set; } = null!;

    public SimulatorHost Sim { get; private set; } = null!;

    public SimClock Clock => Sim.SimClock!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IAfterHoursGrain Board => Cluster.Client.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(Day));

    public PostgresAfterHoursJournal Journal => new(Database.DataSource);

    /// <summary>What the order grains did: the intents they got (the order journal) and their changes (stream "order").</summary>
    public OrderTrail Orders => new(_orderJournal, SiloService<ITradingJournal>());

    /// <summary>The account's grain key (the KIS client's account, product code 01).</summary>
    public string AccountKey => GrainKeys.Account(_settings["Kis:AccountNumber"]!, "01");

    public static async Task<AfterHoursHarness> StartAsync(string scenarioJson, bool feedDown = false)
    {
        var h = new AfterHoursHarness();
        h.Database = await TestPostgres.CreateDatabaseAsync("ah");
        await new DatabaseMigrator(h.Database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        var path = Path.Combine(h._directory, "scenario.json");
        await File.WriteAllTextAsync(path, scenarioJson, TestContext.Current.CancellationToken);
        var options = TestSimulator.Options(new DateTimeOffset(2026, 11, 23, 15, 35, 0, TimeSpan.FromHours(9)), s =>
        {
            s.Remove("Market:KospiListings");
            s.Remove("Market:KosdaqListings");
            s["Market:ScenarioPath"] = path;
        });
        h.Sim = await SimulatorHost.StartAsync(options, null, TestContext.Current.CancellationToken);
        var appKey = "PSafter-hours-" + Guid.NewGuid().ToString("N")[..12];
        h._settings = await TestSimulator.ClientSettingsAsync(h.Sim, appKey, "after-hours-secret-0001");
        h._settings["Kis:RateLimit:RequestsPerSecond"] = "100";
        h._settings["Kis:RateLimit:Window"] = "00:00:00.010";
        h._settings["Kis:RateLimit:SafetyMargin"] = "00:00:00";
        h._settings["Kis:Resilience:QueryTimeout"] = "00:01:00";
        h._settings["Kis:Resilience:OrderTimeout"] = "00:01:00";
        h._settings["Kis:Auth:TokenStore"] = "File";
        h._settings["Kis:Auth:TokenDirectory"] = h._directory;
        h._settings["Kis:Auth:TokenEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        h._settings["Kis:WebSocket:ReconnectInitialDelay"] = "00:00:00.020";
        h._settings["Kis:WebSocket:ReconnectMaxDelay"] = "00:00:00.200";
        h._settings["Kis:WebSocket:RequestTimeout"] = "00:00:05";
        h._settings["KisTrader:Risk:ReconcileOnActivation"] = "false";
        if (feedDown)
        {
            // Nothing listens there: the realtime session never connects, so every price comes over REST.
            h._settings["Kis:WebSocketBaseUrl"] = "ws://127.0.0.1:9/";
        }

        await h.DeployAsync();
        return h;
    }

    /// <summary>(Re)deploys the one-silo cluster on the same database and service id (a restart finds the state).</summary>
    public async Task DeployAsync()
    {
        var connection = Database.ConnectionString;
        var cluster = new KisTraderCluster()
            .WithPostgresStorage(connection)
            .WithClock(Clock)
            .WithSettings(_settings)
            .ConfigureServices((configuration, s) =>
            {
                // As the one-process run splits it (docs/simulated-time.md, UseSimulatedClock): the KIS transport's
                // timeouts (WebSocket idle watch, control replies, attempt timeouts) run on wall time. On the paused
                // simulated clock a jump would fire the idle watch (the simulator's heartbeats follow the wall) and a
                // control reply lost with that connection would never time out, holding the realtime grain.
                s.AddKeyedSingleton(KisTimeProviders.Transport, TimeProvider.System);
                s.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, (sp, _) => new SystemTargetsOnWall(Clock, Clock.Wall, sp));
                s.AddKisClient(configuration);
                s.AddKisMasterFiles(configuration);
                s.AddTradingSessions(configuration);
                s.AddMarketData(configuration);
                s.AddSingleton(_ => NpgsqlDataSource.Create(connection));
                s.AddSingleton<ITradingJournal, PostgresTradingJournal>();
                s.AddSingleton<IAfterHoursJournal, PostgresAfterHoursJournal>();
                s.AddSingleton<ITradeJournal, PostgresTradeJournal>();
                s.AddSingleton<IPositionJournal, PostgresPositionJournal>();
                s.AddSingleton<IRiskAlertJournal, PostgresRiskAlertJournal>();
                s.AddSingleton<IOrderJournal>(_orderJournal);
                s.AddPositions(configuration);
                s.AddOrders(configuration);
                s.AddRisk(configuration);
                s.AddAfterHours(configuration);
                if (FileLogSink.FromEnvironment("after-hours", Clock) is { } sink)
                {
                    s.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(sink));
                }
            });
        cluster.Options.ServiceId = "after-hours-tests";
        cluster.Options.ClusterId = $"ah-{Guid.NewGuid():N}";
        Cluster = await cluster.DeployAsync();
    }

    /// <summary>A service of the (first) silo, e.g. its KIS client.</summary>
    public T SiloService<T>()
        where T : notnull => Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<T>();

    public async Task StopClusterAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>Screens the day (15:35) and waits until the board started from it.</summary>
    public async Task ScreenAsync()
    {
        var session = Cluster.Client.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day));
        await session.StartScreeningAsync(ScreeningStart.Manual);
        await Eventually.TrueAsync(async () => await Board.IsStartedAsync(), "the after-hours board started from the screen", TimeSpan.FromMinutes(3));
    }

    /// <summary>
    /// Waits until the board's after-hours feeds of <paramref name="codes"/> are registered at the broker (the board
    /// subscribes after its start without waiting; in a run that happens long before 16:00, here the paused clock must
    /// not pass an auction before its symbol is registered: KIS does not replay a match to a later registration).
    /// </summary>
    public async Task FeedRegisteredAsync(params string[] codes)
    {
        var marketData = Cluster.Client.GetGrain<IMarketDataGrain>(GrainKeys.MarketData);
        var owner = "after-hours:" + GrainKeys.AfterHours(Day);
        await Eventually.TrueAsync(
            async () =>
            {
                var status = await marketData.GetStatusAsync();
                var registered = status.Registrations
                    .Where(r => r.Kind == MarketDataKinds.AfterHoursTrades && r.Registered && r.Holders.Any(h => h.Owner == owner))
                    .Select(r => r.Symbol)
                    .ToHashSet(StringComparer.Ordinal);
                return string.Equals(status.Connection, "Connected", StringComparison.Ordinal) && codes.All(registered.Contains);
            },
            $"the board's after-hours feeds of {string.Join(", ", codes)} registered",
            TimeSpan.FromMinutes(2));
    }

    /// <summary>Moves the clock to hour:minute:30 KST and waits until that checkpoint is evaluated.</summary>
    public async Task<AfterHoursCheckpointView> CheckpointAsync(int hour, int minute)
    {
        var at = new TimeOnly(hour, minute);
        Clock.JumpTo(new DateTimeOffset(2026, 11, 23, hour, minute, 30, TimeSpan.FromHours(9)));
        AfterHoursView? view = null;
        await Eventually.TrueAsync(async () => (view = await Board.GetAsync()).LastCheckpoint >= at, $"checkpoint {at} evaluated", TimeSpan.FromMinutes(2));
        return view!.Checkpoints.Single(c => c.Checkpoint == at);
    }

    /// <summary>
    /// Moves the clock to hour:minute KST and waits until the symbol's feed shows the after-hours match. The instant must
    /// be within two minutes after the auction: after a jump the simulator's feed replays only the last
    /// <c>Simulator:WebSocket:MaxCatchUp</c> (2 min) of simulated time, as a live feed would not replay older prints either.
    /// </summary>
    public async Task FeedShowsMatchAsync(string code, int hour, int minute, decimal price)
    {
        Clock.JumpTo(new DateTimeOffset(2026, 11, 23, hour, minute, 0, TimeSpan.FromHours(9)));
        var symbol = Cluster.Client.GetGrain<ISymbolGrain>(GrainKeys.Symbol(code));
        await Eventually.TrueAsync(
            async () => (await symbol.GetAsync()).Snapshot is { LastTradeKind: MarketDataKinds.AfterHoursTrades } s && s.LastPrice == price,
            $"{code}'s feed shows the after-hours match at {price}", TimeSpan.FromMinutes(2));
    }

    /// <summary>
    /// Waits until the board's entry of <paramref name="code"/> reached the real position and its one buy is accepted at the
    /// broker, and asserts the buy on every side: exactly one order placed for the symbol (the position's <c>…/B1</c>, an
    /// after-hours single-price (07) entry owned by the position, <paramref name="quantity"/> at <paramref name="price"/>,
    /// decided at <paramref name="checkpoint"/>), the order grain accepted it with one submission, and the simulator's
    /// daily executions hold exactly one buy of the symbol: 07, that quantity and price, nothing filled (no later auction of
    /// the symbol is scripted, so the order rests until the 18:00 lapse). Returns the position's entry.
    /// </summary>
    public async Task<PositionEntry> BoughtAsync(string code, long quantity, decimal price, TimeOnly checkpoint)
    {
        var key = GrainKeys.Position(Day, code);
        var buyId = GrainKeys.PositionOrder(key, 'B', 1);
        var order = Cluster.Client.GetGrain<IOrderGrain>(buyId);
        OrderView? last = null;
        await Eventually.TrueAsync(async () => (last = await order.GetAsync()).State == OrderState.Accepted,
            () => $"{buyId} accepted; last {last?.State} {last?.MessageCode} {last?.Message}; {Orders.Describe()}", TimeSpan.FromMinutes(2));
        Assert.Equal((1, 0L), (last!.Submissions, last.FilledQuantity));

        var position = await Cluster.Client.GetGrain<IPositionGrain>(key).GetAsync();
        Assert.Equal((PositionStatus.Entering, 0L), (position.Status, position.Quantity));
        Assert.Equal([buyId], position.OrderIds);
        var entry = position.Entry!;
        Assert.Equal((AccountKey, quantity, price, checkpoint), (entry.AccountKey, entry.Quantity, entry.LimitPrice, entry.Checkpoint));

        var reason = checkpoint.ToString("HH\\:mm", CultureInfo.InvariantCulture);
        var intent = new OrderIntent(buyId, Day, AccountKey, code, KisTrader.Trading.Money.OrderSide.Buy, OrderKind.AfterHoursSinglePrice, quantity, price, OrderPurpose.Entry, key, reason, "strategy");
        Assert.Equal(intent, Assert.Single(Orders.Placed, i => i.Symbol == code));
        Assert.Equal(intent, last.Intent);

        var broker = await BrokerOrdersAsync(code);
        var row = Assert.Single(broker);
        Assert.Equal((OrderSide.Buy, "07", quantity, price, 0L, last.BrokerOrderNumber), (row.Side, row.DivisionCode, row.Quantity, row.Price, row.FilledQuantity, row.OrderNo));
        return entry;
    }

    /// <summary>The simulator's daily executions (inquire-daily-ccld) of <see cref="Day"/> for <paramref name="code"/>, every side.</summary>
    public async Task<IReadOnlyList<DailyOrder>> BrokerOrdersAsync(string code)
    {
        var trading = SiloService<IKisTrading>();
        var rows = new List<DailyOrder>();
        await foreach (var row in trading.GetDailyOrdersAsync(new DailyOrderRequest(trading.Account, Day, Day) { Symbol = code }, cancellationToken: TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        if (Sim is not null)
        {
            await Sim.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
