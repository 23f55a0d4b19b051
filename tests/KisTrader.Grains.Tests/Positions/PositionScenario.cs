using KisTrader.GrainInterfaces;
using KisTrader.Grains.Positions;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Testing.Clusters;
using KisTrader.Trading.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// One silo with the position grains on a fake clock (grains and grain timers), the scripted order and risk grains,
/// in-memory journals, and helpers to move the clock to an instant and wait for the wake it causes, and to publish trades
/// on <c>ticks/&lt;code&gt;</c>. Entry Thu 2026-12-03 (after-hours, 16:25 KST), exit Fri 2026-12-04.
/// </summary>
public sealed class PositionScenario : IAsyncDisposable
{
    public const string Code = "005930";
    public const string Account = "a0123456789abcdef";
    public static readonly DateOnly EntryDate = new(2026, 12, 3);
    public static readonly DateOnly ExitDate = new(2026, 12, 4);

    private readonly FakeTimeProvider _fakeClock;
    private long _sequence;

    private PositionScenario(FakeTimeProvider fake)
    {
        _fakeClock = fake;
        Clock = new TimerProbe(fake);
    }

    public TimerProbe Clock { get; }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public OrderScript Orders { get; } = new();

    public RiskCalls Risk { get; } = new();

    public InMemoryTradeJournal Trades { get; } = new();

    public InMemoryPositionJournal Journal { get; } = new();

    public static string Key => GrainKeys.Position(EntryDate, Code);

    public IPositionGrain Position => Cluster.Client.GetGrain<IPositionGrain>(Key);

    public static string Buy => GrainKeys.PositionOrder(Key, 'B', 1);

    public static string Sell(int n) => GrainKeys.PositionOrder(Key, 'S', n);

    /// <summary>100 shares at a 10,000 limit decided at the 16:30 checkpoint (close 9,800, observed 9,990, rank 2, score 71.5).</summary>
    public static PositionEntry Entry { get; } = new(EntryDate, Code, Account, 100, 10_000m, 9_800m, 9_990m, new TimeOnly(16, 30), 2, 71.5m);

    public static DateTimeOffset At(int hour, int minute, int second = 0) => KrxTime.At(ExitDate, new TimeOnly(hour, minute, second));

    public static async Task<PositionScenario> StartAsync()
    {
        var fake = new FakeTimeProvider(KrxTime.At(EntryDate, new TimeOnly(16, 25)));
        var scenario = new PositionScenario(fake);
        scenario.Cluster = await new KisTraderCluster()
            .WithClock(scenario.Clock)
            .WithSettings([new("KisTrader:Positions:RefreshEvery", "00:00:10")])
            .ConfigureServices((configuration, services) =>
            {
                services.AddSingleton(scenario.Orders);
                services.AddSingleton(scenario.Risk);
                services.AddSingleton<ITradeJournal>(scenario.Trades);
                services.AddSingleton<IPositionJournal>(scenario.Journal);
                services.AddSingleton<ITradingJournal, InMemoryTradingJournal>();
                services.AddPositions(configuration);
                services.AddKeyedSingleton<TimeProvider>(global::Orleans.Streams.StreamingTimeProviderNames.Streaming, TimeProvider.System);
                services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, (sp, _) => new SystemTargetsOnWallClock(scenario.Clock, sp));
            })
            .DeployAsync();
        return scenario;
    }

    /// <summary>Enters and waits until the buy filled (the scripted buy fills 100 at 10,000 when placed).</summary>
    public async Task<PositionView> EnterAndFillAsync(decimal price = 10_000m)
    {
        Orders.Plan(Buy, new OrderPlan(price));
        await Position.EnterAsync(Entry);
        return await WaitAsync(v => v.Status == PositionStatus.Open && v.Quantity == 100, "the position open with 100 shares");
    }

    /// <summary>
    /// Moves the clock to <paramref name="instant"/> and waits until the position's wake there armed its next timer, due at
    /// <paramref name="next"/> (the instant the test expects from the exit schedule; an instant no timer had before).
    /// </summary>
    public async Task WakeAtAsync(DateTimeOffset instant, DateTimeOffset next)
    {
        _fakeClock.SetUtcNow(instant);
        await Eventually.TrueAsync(() => Clock.Armed(next), () => $"a wake at {instant:HH:mm:ss} re-arming for {next:HH:mm:ss}: {Clock.Describe()}");
    }

    /// <summary>Moves the clock without waiting for anything (no wake due in between).</summary>
    public void SetClock(DateTimeOffset instant) => _fakeClock.SetUtcNow(instant);

    /// <summary>Publishes a trade at the clock's now, and waits until the position saw it (its last price).</summary>
    public async Task TradeAsync(decimal price, decimal bid)
    {
        var now = Clock.GetUtcNow();
        var tick = new MarketTick(ExitDate, price, 0, 0, price, price, price, 1, 1, price, 100, price + 10, bid, "1", "", false);
        var e = new MarketDataEvent(Code, MarketDataKinds.Trades, "H0STCNT0", now, now, Interlocked.Increment(ref _sequence), tick, null);
        await Cluster.Client.GetStreamProvider(ProviderNames.Streams).GetStream<MarketDataEvent>(StreamIds.Ticks(Code)).OnNextAsync(e);
        await WaitAsync(v => v.LastPrice == price, $"the position saw the trade at {price}");
    }

    public async Task<PositionView> WaitAsync(Func<PositionView, bool> condition, string what)
    {
        PositionView? last = null;
        await Eventually.TrueAsync(async () => condition(last = await Position.GetAsync()), () => $"{what}; last view {last}; orders: {Orders.Describe()}");
        return last!;
    }

    /// <summary>Waits until the orders placed so far are <paramref name="count"/>.</summary>
    public Task WaitForOrdersAsync(int count) =>
        Eventually.TrueAsync(() => Orders.Placed.Count >= count, () => $"{count} orders placed; calls: {Orders.Describe()}");

    public async Task<TradeResultRecord> ClosedTradeAsync()
    {
        var view = await WaitAsync(v => v.Status == PositionStatus.Closed, "the position closed");
        Assert.Equal(0, view.Quantity);
        var trades = await Trades.ReadTradesAsync(EntryDate, EntryDate);
        return Assert.Single(trades);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
    }
}
