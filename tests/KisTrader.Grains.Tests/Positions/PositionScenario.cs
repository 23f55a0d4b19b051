using System.Globalization;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Orders;
using KisTrader.Grains.Positions;
using KisTrader.Grains.Realtime;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Grains.Tests.Infrastructure;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Clusters;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// One position on the real parts: the KIS simulator playing a <see cref="PositionMarket"/> (its clock paused, moved by the
/// test), one silo with the real position, order, order-book, risk grains and order gate, the KIS client of its own app key,
/// the market-data grain (fill notices), in-memory journals the test reads. Fills come only from the simulator executing
/// the orders. Entry Thu 2026-12-03 (after-hours, 16:25 KST), exit Fri 2026-12-04.
/// <para>
/// Clocks: the grains read a fake clock (<see cref="FollowingClock"/>: timers of the KIS client stay real); grain timers run
/// on it through <see cref="SystemTargetsOnWall"/> (Orleans' system targets, e.g. the stream pulling agents, and the
/// streaming time provider stay on the wall clock), seen by a <see cref="TimerProbe"/> so a test can wait until a wake
/// re-armed. <see cref="SetClock"/> moves the simulator first, then the grains' clock, to the same instant.
/// </para>
/// <para>
/// Prices the exit rules see: the test posts trades to the silo's tick dispatcher (<see cref="TradeAsync"/>) instead of
/// driving the realtime feed, so each one arrives at an exact instant of the fake clock; the market of every test prints the
/// bid of each published trade a second before it (a "sell" print, so the simulator's best bid is that price when the
/// position decides), and the sells fill there in the simulator.
/// </para>
/// <para>
/// The REST price fallback (<c>KisTrader:Positions:StalePriceAfter</c>) is off unless a test passes a period
/// (<see cref="PositionPriceFallbackTests"/> do): the other tests post their trades at exact instants with gaps of minutes
/// or hours and assert the wakes the exit schedule arms; with the fallback on, each gap would arm a poll wake 30 s after
/// the last trade and read the simulator's scripted price in between, which is what the fallback tests test.
/// </para>
/// </summary>
public sealed class PositionScenario : IAsyncDisposable
{
    public const string Code = "900100";
    public static readonly DateOnly EntryDate = new(2026, 12, 3);
    public static readonly DateOnly ExitDate = new(2026, 12, 4);

    private readonly FakeTimeProvider _fakeClock;
    private long _sequence;

    private PositionScenario(FakeTimeProvider fake, SimulatorHost sim)
    {
        _fakeClock = fake;
        Sim = sim;
        Clock = new TimerProbe(fake);
        Orders = new OrderTrail(OrderJournal, Events);
    }

    public TimerProbe Clock { get; }

    public SimulatorHost Sim { get; }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public string AccountKey { get; private set; } = null!;

    public InMemoryOrderJournal OrderJournal { get; } = new();

    public InMemoryTradingJournal Events { get; } = new(TimeProvider.System, NullLogger<InMemoryTradingJournal>.Instance);

    public OrderTrail Orders { get; }

    public InMemoryTradeJournal Trades { get; } = new();

    public InMemoryPositionJournal Journal { get; } = new();

    /// <summary>The position grain's log lines (event id, level).</summary>
    public PositionLogSink Log { get; } = new();

    public static string Key => GrainKeys.Position(EntryDate, Code);

    public IPositionGrain Position => Cluster.Client.GetGrain<IPositionGrain>(Key);

    public IRiskGrain Risk => Cluster.Client.GetGrain<IRiskGrain>(GrainKeys.Risk(AccountKey));

    public static string Buy => GrainKeys.PositionOrder(Key, 'B', 1);

    public static string Sell(int n) => GrainKeys.PositionOrder(Key, 'S', n);

    /// <summary>100 shares at a 10,000 limit decided at the 16:30 checkpoint (close 9,800, observed 9,990, rank 2, score 71.5).</summary>
    public PositionEntry Entry => new(EntryDate, Code, AccountKey, 100, 10_000m, 9_800m, 9_990m, new TimeOnly(16, 30), 2, 71.5m);

    public static DateTimeOffset At(int hour, int minute, int second = 0) => KrxTime.At(ExitDate, new TimeOnly(hour, minute, second));

    /// <param name="market">The simulator's market.</param>
    /// <param name="appKey">The KIS client's app key.</param>
    /// <param name="stalePriceAfter">The REST price fallback's period; null: off (see the class remarks).</param>
    /// <param name="tradesFeedRefused">
    /// The simulator allows one realtime registration per session (KIS allows 41): the account's fill notices hold it, and
    /// the position's trades registration is refused (OPSP0008), so no trade of the simulator's feed ever reaches it.
    /// </param>
    /// <param name="silo">Further silo set-up (after the cluster's own: e.g. a storage provider that replaces its).</param>
    public static async Task<PositionScenario> StartAsync(PositionMarket market, string appKey = "PSpositions-0001", TimeSpan? stalePriceAfter = null, bool tradesFeedRefused = false, Action<ISiloBuilder>? silo = null)
    {
        ArgumentNullException.ThrowIfNull(market);
        var start = KrxTime.At(EntryDate, new TimeOnly(16, 25));
        var path = market.Write();
        var sim = await TestSimulator.StartAsync(start, s =>
        {
            s["Market:ScenarioPath"] = path;
            if (tradesFeedRefused)
            {
                s["Simulator:WebSocket:MaxRegistrations"] = "1";
            }
        });
        var fake = new FakeTimeProvider(start);
        var scenario = new PositionScenario(fake, sim);
        var settings = await TestSimulator.ClientSettingsAsync(sim, appKey, appKey + "-secret");
        settings["Kis:Auth:TokenDirectory"] = Directory.CreateTempSubdirectory("position-tokens-").FullName;
        settings["Kis:WebSocket:ReconnectInitialDelay"] = "00:00:00.020";
        settings["Kis:WebSocket:ReconnectMaxDelay"] = "00:00:00.200";
        settings["Kis:WebSocket:RequestTimeout"] = "00:00:05";
        settings["KisTrader:Orders:AbsenceConfirmDelay"] = "00:00:00";
        settings["KisTrader:Positions:RefreshEvery"] = "00:00:10";
        settings["KisTrader:Positions:StalePriceAfter"] = (stalePriceAfter ?? TimeSpan.Zero).ToString("c", CultureInfo.InvariantCulture);
        // The position tests are not about the fail-closed reconciliation (ReconciliationTests are).
        settings["KisTrader:Risk:ReconcileOnActivation"] = "false";
        scenario.AccountKey = GrainKeys.Account(settings["Kis:AccountNumber"]!, "01");
        try
        {
            scenario.Cluster = await new KisTraderCluster()
                .WithClock(new FollowingClock(fake))
                .WithSettings(settings)
                .ConfigureSilo(builder => silo?.Invoke(builder))
                .ConfigureServices((configuration, services) =>
                {
                    services.AddSingleton<ILoggerProvider>(scenario.Log);
                    services.AddSingleton<ITradeJournal>(scenario.Trades);
                    services.AddSingleton<IPositionJournal>(scenario.Journal);
                    services.AddSingleton<ITradingJournal>(scenario.Events);
                    services.AddSingleton<IOrderJournal>(scenario.OrderJournal);
                    services.AddSingleton<IRiskAlertJournal>(new InMemoryRiskAlertJournal());
                    services.AddKisClient(configuration);
                    services.AddKisMasterFiles(configuration);
                    services.AddMarketData(configuration);
                    services.AddOrders(configuration);
                    services.AddRisk(configuration);
                    services.AddPositions(configuration);
                    services.AddKeyedSingleton<TimeProvider>(global::Orleans.Streams.StreamingTimeProviderNames.Streaming, TimeProvider.System);
                    services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, (sp, _) => new SystemTargetsOnWall(scenario.Clock, TimeProvider.System, sp));
                })
                .DeployAsync();
        }
        catch
        {
            await sim.DisposeAsync();
            throw;
        }

        return scenario;
    }

    /// <summary>Enters at 16:25 and moves to 16:31: the simulator matches the 07 buy at its 16:30 auction (100 at 10,000).</summary>
    public async Task<PositionView> EnterAndFillAsync()
    {
        var entering = await Position.EnterAsync(Entry);
        Assert.Equal(PositionStatus.Entering, entering.Status);
        await WaitForOrderAsync(Buy, OrderState.Accepted);
        SetClock(KrxTime.At(EntryDate, new TimeOnly(16, 31)));
        return await WaitAsync(v => v.Status == PositionStatus.Open && v.Quantity == 100, "the position open with 100 shares");
    }

    /// <summary>Waits until the order <paramref name="clientOrderId"/> reached <paramref name="state"/> at the broker (no poll forced).</summary>
    public async Task WaitForOrderAsync(string clientOrderId, OrderState state)
    {
        var order = Cluster.Client.GetGrain<IOrderGrain>(clientOrderId);
        OrderView? last = null;
        await Eventually.TrueAsync(async () => (last = await order.GetAsync()).State == state,
            () => $"{clientOrderId} {state}; last {last?.State} {last?.MessageCode} {last?.Message}; {Orders.Describe()}");
    }

    /// <summary>
    /// Moves the clock to <paramref name="instant"/> and waits until the position's wake there armed its next timer, due at
    /// <paramref name="next"/> (the instant the test expects from the exit schedule; an instant no timer had before).
    /// </summary>
    public async Task WakeAtAsync(DateTimeOffset instant, DateTimeOffset next)
    {
        SetClock(instant);
        await Eventually.TrueAsync(() => Clock.Armed(next), () => $"a wake at {instant:HH:mm:ss} re-arming for {next:HH:mm:ss}: {Clock.Describe()}");
    }

    /// <summary>Moves the simulator (its market and order book), then the grains' clock, to <paramref name="instant"/>.</summary>
    public void SetClock(DateTimeOffset instant)
    {
        Sim.SimClock!.JumpTo(instant);
        _fakeClock.SetUtcNow(instant);
    }

    /// <summary>Publishes a trade at the clock's now, and waits until the position saw it (its last price).</summary>
    public async Task TradeAsync(decimal price, decimal bid)
    {
        await PublishTradeAsync(price, bid, Clock.GetUtcNow());
        await WaitAsync(v => v.LastPrice == price, $"the position saw the trade at {price}");
    }

    /// <summary>
    /// Posts a trade that happened at <paramref name="at"/> (exchange time) to the silo's tick dispatcher, as the
    /// market-data pump does with each print it reads (dispatcher → symbol grain → this position), without waiting.
    /// </summary>
    public Task PublishTradeAsync(decimal price, decimal bid, DateTimeOffset at)
    {
        Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<ITickDispatcher>().Post(TradeEvent(price, bid, at));
        return Task.CompletedTask;
    }

    /// <summary>Hands the trades to the symbol grain in one batch (what the dispatcher sends after coalescing), at the clock's now, and waits for the call.</summary>
    public Task TradesInOneBatchAsync(params (decimal Price, decimal Bid)[] trades) =>
        Cluster.Client.GetGrain<ISymbolGrain>(GrainKeys.Symbol(Code)).ReceiveTicksAsync(new TickBatch([.. trades.Select(t => TradeEvent(t.Price, t.Bid, Clock.GetUtcNow()))]));

    private MarketDataEvent TradeEvent(decimal price, decimal bid, DateTimeOffset at)
    {
        var tick = new MarketTick(ExitDate, price, 0, 0, price, price, price, 1, 1, price, 100, price + 10, bid, "1", "", false);
        return new MarketDataEvent(Code, MarketDataKinds.Trades, "H0STCNT0", at, Clock.GetUtcNow(), Interlocked.Increment(ref _sequence), tick, null);
    }

    public async Task<PositionView> WaitAsync(Func<PositionView, bool> condition, string what)
    {
        PositionView? last = null;
        await Eventually.TrueAsync(async () => condition(last = await Position.GetAsync()), () => $"{what}; last view {last}; orders: {Orders.Describe()}");
        return last!;
    }

    /// <summary>Adds a simulator fault (POST /sim/faults, the JSON of its fault rules).</summary>
    public async Task FaultAsync(string json)
    {
        using var control = new HttpClient { BaseAddress = Sim.BaseUrl };
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await control.PostAsync(new Uri("/sim/faults", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The position's changes as the events journal keeps them (read back from their JSON), oldest first.</summary>
    public async Task<IReadOnlyList<PositionChanged>> PositionEventsAsync() =>
        [.. (await Events.ReadEventsAsync("position", Key)).Select(e => JsonSerializer.Deserialize<TradingEventPayload>(e.Event.PayloadJson, TradingEventPublisher.PayloadJson)).OfType<PositionChanged>()];

    /// <summary>inquire-price calls the simulator answered or refused so far (GET /sim/metrics, tr_id FHKST01010100).</summary>
    public async Task<long> QuoteRequestsAsync()
    {
        using var control = new HttpClient { BaseAddress = Sim.BaseUrl };
        using var json = JsonDocument.Parse(await control.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("rest").GetProperty("byTrId").TryGetProperty("FHKST01010100", out var calls) ? calls.GetInt64() : 0;
    }

    /// <summary>Waits until the orders placed so far are <paramref name="count"/>.</summary>
    public Task WaitForOrdersAsync(int count) =>
        Eventually.TrueAsync(() => Orders.Placed.Count >= count, () => $"{count} orders placed: {Orders.Describe()}");

    public async Task<TradeResultRecord> ClosedTradeAsync()
    {
        var view = await WaitAsync(v => v.Status == PositionStatus.Closed, "the position closed");
        Assert.Equal(0, view.Quantity);
        var trades = await Trades.ReadTradesAsync(EntryDate, EntryDate);
        return Assert.Single(trades);
    }

    /// <summary>Waits until the risk grain tracks the position (<paramref name="tracked"/>) or no longer does.</summary>
    public Task WaitTrackedAsync(bool tracked) =>
        Eventually.TrueAsync(async () => (await Risk.GetAsync()).OpenPositions.Contains(Key) == tracked, () => $"the risk grain tracking the position: {tracked}");

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
