using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.WebSocket.Feed;

namespace KisTrader.Kis.Simulator.Trading;

/// <summary>Book events to the WebSocket notice feed and the fill counters.</summary>
internal sealed class TradingEventFanout(WsNoticePublisher notices, ITradingMetrics metrics) : ITradingEvents
{
    public void Publish(IReadOnlyList<OrderNotice> events)
    {
        foreach (var fill in events.Where(e => e.Kind == NoticeKind.Fill))
        {
            metrics.Filled(fill.Quantity);
        }

        notices.Enqueue(events);
    }
}
