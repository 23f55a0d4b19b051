using System.Text.Json;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Testing;
using KisTrader.Web.Clock;
using KisTrader.Web.Notifications;
using KisTrader.Web.Relay;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Web.Tests.Hosting;

/// <summary>
/// What stays on wall time when the front end's clock is a <see cref="SimClock"/> (one-process mode, or a client on the
/// simulator's clock): here the simulated clock stands still, so anything timed on it would never happen.
/// </summary>
public sealed class WallTimeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notifier_SimulatedClockPaused_RetriesWithWallTimeBackOff()
    {
        using var clock = new SimClock(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(9)), 1m, paused: true);
        await using var receiver = await HttpReceiver.StartAsync();
        receiver.FailFirst = 2;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddKisTraderNotifications(new NotificationOptions
        {
            FirstRetryDelay = TimeSpan.FromMilliseconds(20),
            Webhooks = [new WebhookTarget { Url = new Uri(receiver.BaseUrl, "hook"), Categories = "orders" }],
        });
        await using var provider = services.BuildServiceProvider();
        var notifier = provider.GetRequiredService<Notifier>();
        await notifier.StartAsync(Ct);
        try
        {
            notifier.Publish(new EventMessage(1, "Order", "orders", "subject", "OrderChanged", clock.GetUtcNow(), new DateOnly(2026, 11, 24),
                "주문 1", JsonDocument.Parse("{\"type\":\"OrderChanged\"}").RootElement));

            await Eventually.TrueAsync(() => receiver.Received.Count == 1, () => $"delivered after two retries on wall time; attempts seen {receiver.Seen}", TimeSpan.FromSeconds(60));
            Assert.Equal(3, receiver.Seen);
            Assert.True(clock.IsPaused);
        }
        finally
        {
            await notifier.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void WallClock_SimulatedOrPlain_TheMachinesClock()
    {
        using var clock = new SimClock(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(9)), 1m, paused: true);

        Assert.Same(clock.Wall, WallClock.Of(clock));
        Assert.Same(TimeProvider.System, WallClock.Of(TimeProvider.System));
    }
}
