using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Web.Alerts;
using KisTrader.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Orleans.Streams;

namespace KisTrader.Web.Relay;

/// <summary>
/// Relays <c>fills/&lt;account key&gt;</c> of the front end's accounts (<see cref="FillAccounts"/>) to the group
/// <c>alerts:fills</c> as <c>fill</c>, in the order the stream delivers them.
/// </summary>
internal sealed class FillsRelay(IClusterClient client, IHubContext<TradingHub> hub, FillAccounts accounts, ILogger<FillsRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var handles = new List<StreamSubscriptionHandle<FillNoticeEvent>>();
        foreach (var key in accounts.Keys)
        {
            if (await StreamSubscriber.SubscribeAsync<FillNoticeEvent>(client, StreamIds.Fills(key), RelayAsync, logger, stoppingToken) is { } handle)
            {
                handles.Add(handle);
            }
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            foreach (var handle in handles)
            {
                await StreamSubscriber.UnsubscribeAsync(handle, logger, "fills");
            }
        }
    }

    private async Task RelayAsync(FillNoticeEvent notice)
    {
        try
        {
            await hub.Clients.Group(HubGroups.Alert(AlertCategory.Fills)).SendAsync(HubGroups.FillMethod, new FillMessage(Word(notice), notice));
        }
        catch (Exception e)
        {
            RelayLog.SendFailed(logger, e, "fill " + notice.Identity);
        }
    }

    /// <summary>The Korean line of a fill notice.</summary>
    public static string Word(FillNoticeEvent n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var side = n.Side switch { KisTrader.Trading.Money.OrderSide.Buy => "매수", KisTrader.Trading.Money.OrderSide.Sell => "매도", _ => "주문" };
        return n.Kind switch
        {
            FillNoticeKind.Fill => string.Create(CultureInfo.InvariantCulture, $"체결: {n.Symbol} {n.StockName} {side} {n.Quantity:N0}주 @ {n.Price:#,0}원 (주문 {n.OrderNumber})"),
            FillNoticeKind.Receipt => string.Create(CultureInfo.InvariantCulture, $"접수: {n.Symbol} {n.StockName} {side} {n.OrderQuantity:N0}주 @ {n.OrderPrice:#,0}원 (주문 {n.OrderNumber})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"거부: {n.Symbol} {n.StockName} {side} {n.OrderQuantity:N0}주 (주문 {n.OrderNumber})"),
        };
    }
}
