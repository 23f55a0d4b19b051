using KisTrader.GrainInterfaces;
using KisTrader.Web.Alerts;
using KisTrader.Web.Hubs;
using KisTrader.Web.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace KisTrader.Web.Relay;

/// <summary>
/// Relays <c>events/all</c> to the hub: each event, worded in Korean, goes to its alert category's group
/// (<see cref="AlertCategories.Of(TradingEvent)"/>) as <c>event</c>, after it was added to the relay buffer that
/// <c>GET /api/events</c> reads without a database and offered to the notifications (webhooks, Telegram; never waits). Generic over <see cref="TradingEvent"/>: new payload types need no change here.
/// </summary>
internal sealed class EventsRelay(IClusterClient client, IHubContext<TradingHub> hub, RelayEventBuffer buffer, Notifier notifier, ClusterReconnects reconnects, ILogger<EventsRelay> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        StreamSubscriber.FollowAsync<TradingEvent>(client, reconnects, [StreamIds.Events()], RelayAsync, logger, stoppingToken);

    private async Task RelayAsync(TradingEvent e)
    {
        try
        {
            var message = EventMessages.From(e);
            buffer.Add(message);
            notifier.Publish(message);
            await hub.Clients.Group(HubGroups.Alert(AlertCategories.Of(e))).SendAsync(HubGroups.EventMethod, message);
        }
        catch (Exception exception)
        {
            RelayLog.SendFailed(logger, exception, $"event {e.Sequence} {e.Type}");
        }
    }
}
