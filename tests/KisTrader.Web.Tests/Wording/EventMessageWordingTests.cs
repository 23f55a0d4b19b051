using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Orders;
using KisTrader.Web.Notifications;
using KisTrader.Web.Relay;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>What the feed, <c>GET /api/events</c> and the notifications carry: the Korean line, from the stream and from the journal alike.</summary>
public sealed class EventMessageWordingTests
{
    private static readonly OrderChanged Rejected =
        new(OrderId, OrderChange.Rejected, Order(OrderState.Rejected, 0), null, "APBK0952", "주문가능금액을 초과 했습니다", true);

    private const string RejectedLine = "주문 2026-11-23/005930/B1 매수 005930 10주 @ 70,100원 (시간외 단일가, 진입 16:30): 거부: APBK0952 주문가능금액을 초과 했습니다 [경고]";

    [Fact]
    public void FromJournal_EveryPayloadTypeRow_TheSameKoreanLineAsTheStream()
    {
        foreach (var payload in OnePerType())
        {
            var e = Event(payload);
            var json = JsonSerializer.Serialize<TradingEventPayload>(payload, TradingEventPublisher.PayloadJson);

            var fromJournal = EventMessages.FromJournal(e.Sequence, e.Category, e.Subject, e.Type, e.At, e.TradingDate, json);

            Assert.Equal(EventMessages.From(e).Text, fromJournal.Text);
        }
    }

    [Fact]
    public void From_RejectedOrder_TheKoreanLine() =>
        Assert.Equal(RejectedLine, EventMessages.From(Event(Rejected)).Text);

    [Fact]
    public void TelegramText_RejectedOrder_RiskCategoryThenTheKoreanLine() =>
        Assert.Equal("[risk] " + RejectedLine, TelegramSender.Text(EventMessages.From(Event(Rejected))));
}
