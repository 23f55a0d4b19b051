using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>The tests in a grain's part: publish through the silo's own journal-then-stream publisher and stream provider.</summary>
public static class Publishing
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

    /// <summary>A signals event (a session phase change) journaled and published on events/all; returns its sequence.</summary>
    public static async Task<long> SignalAsync(WebClusterFixture fixture, int attempt) =>
        (await Publisher(fixture).PublishAsync(new SessionPhaseChanged(new DateOnly(2026, 11, 23), SessionPhase.Scheduled, null, attempt, SessionChangeCause.Created), At)).Sequence;

    /// <summary>A system event (a WebSocket approval key stored) journaled and published; returns its sequence.</summary>
    public static async Task<long> SystemAsync(WebClusterFixture fixture) =>
        (await Publisher(fixture).PublishAsync(new KisAuthChanged("ktest", KisAuthChange.ApprovalKeySaved, null, null), At)).Sequence;

    /// <summary>A trade print on ticks/<paramref name="symbol"/> whose change against the previous close is <paramref name="changeRate"/> percent.</summary>
    public static Task TickAsync(WebClusterFixture fixture, string symbol, decimal price, long sequence, decimal changeRate = 1.5m) =>
        Streams(fixture).GetStream<MarketDataEvent>(StreamIds.Ticks(symbol)).OnNextAsync(new MarketDataEvent(symbol, MarketDataKinds.Trades, "H0STCNT0", At, At, sequence,
            new MarketTick(new DateOnly(2026, 11, 23), price, 10m, changeRate, price, price, price, 10, 1000 + sequence, price * 1000, 120m, price + 10, price - 10, "Buy", "20", false), null));

    /// <summary>A fill notice on fills/<paramref name="accountKey"/>.</summary>
    public static Task FillAsync(WebClusterFixture fixture, string accountKey, string identity) =>
        Streams(fixture).GetStream<FillNoticeEvent>(StreamIds.Fills(accountKey)).OnNextAsync(new FillNoticeEvent(accountKey, "1234****-01", FillNoticeKind.Fill, "H0STCNI9",
            "0000012345", "", KisTrader.Trading.Money.OrderSide.Buy, "0", "00", "2", "005930", "삼성전자", 10, 70_000m, 10, 70_000m, At, At, identity, 1));

    private static TradingEventPublisher Publisher(WebClusterFixture fixture) => fixture.SiloServices.GetRequiredService<TradingEventPublisher>();

    private static IStreamProvider Streams(WebClusterFixture fixture) => fixture.SiloServices.GetRequiredKeyedService<IStreamProvider>(ProviderNames.Streams);
}
