using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Web.Alerts;
using KisTrader.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace KisTrader.Web.Relay;

/// <summary>
/// Relays <c>fills/&lt;account key&gt;</c> of the front end's accounts (<see cref="FillAccounts"/>) to the group
/// <c>alerts:fills</c> as <c>fill</c>, in the order the stream delivers them; subscribed again after a cluster recovery.
/// </summary>
internal sealed class FillsRelay(IClusterClient client, IHubContext<TradingHub> hub, FillAccounts accounts, ClusterReconnects reconnects, ILogger<FillsRelay> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        StreamSubscriber.FollowAsync<FillNoticeEvent>(client, reconnects, [.. accounts.Keys.Select(StreamIds.Fills)], RelayAsync, logger, stoppingToken);

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
