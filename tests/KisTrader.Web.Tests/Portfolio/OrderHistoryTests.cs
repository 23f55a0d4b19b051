using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using KisTrader.Web.Portfolio;
using KisTrader.Web.Relay;

namespace KisTrader.Web.Tests.Portfolio;

/// <summary>The order and fill history built from journaled <see cref="OrderChanged"/> events, read incrementally.</summary>
public sealed class OrderHistoryTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Orders_LatestChangeWins_FillsCountedOnceByKey_OtherEventsIgnored()
    {
        var fill = new OrderFillView("0001-1", 5, 70_000m, At.AddSeconds(5), FromPolling: false);
        var events = new FakeHistory(
            Changed(1, "manual/2026-11-23/a", OrderChange.Accepted, OrderState.Accepted, []),
            Changed(2, "manual/2026-11-23/a", OrderChange.Filled, OrderState.PartiallyFilled, [fill], fill),
            EventMessages.From(new TradingEvent(3, TradingEventCategory.Risk, "acct", "RiskChanged", At, Day,
                new RiskChanged("acct", RiskChange.Resumed, KillSwitchMode.Active, "api:x", "r", null, null, null, null, null))),
            // The same execution again (found by the executions poll after the notice): counted once.
            Changed(4, "manual/2026-11-23/a", OrderChange.Filled, OrderState.PartiallyFilled, [fill], fill with { FromPolling = true }),
            Changed(5, "manual/2026-11-23/b", OrderChange.Accepted, OrderState.Accepted, []));
        using var history = new OrderHistory(events);

        var orders = await history.OrdersAsync(Ct);
        Assert.Equal(["manual/2026-11-23/b", "manual/2026-11-23/a"], orders.Select(o => o.ClientOrderId));
        Assert.Equal((4L, OrderState.PartiallyFilled), (orders[1].Sequence, orders[1].Order.State));
        var fills = await history.FillsAsync(Ct);
        var only = Assert.Single(fills);
        Assert.Equal(("005930", OrderSide.Buy, OrderPurpose.Manual, 5L, 70_000m, false), (only.Symbol, only.Side, only.Purpose, only.Quantity, only.Price, only.FromPolling));

        // Pages of two while more; then each read goes on from the last sequence read, never from the start again.
        events.Add(Changed(6, "manual/2026-11-23/b", OrderChange.Cancelled, OrderState.Cancelled, []));
        Assert.Equal(OrderState.Cancelled, (await history.OrdersAsync(Ct))[0].Order.State);
        Assert.Equal([0L, 2L, 4L, 5L, 5L], events.Asked);
    }

    private static EventMessage Changed(long sequence, string id, OrderChange change, OrderState state, ImmutableArray<OrderFillView> fills, OrderFillView? fill = null)
    {
        var intent = new OrderIntent(id, Day, "acct", "005930", OrderSide.Buy, OrderKind.Limit, 10, 70_000m, OrderPurpose.Manual, null, "test", "api:x");
        var view = new OrderView(intent, state, "0001", "91252", fills.Sum(f => f.Quantity), fills.IsEmpty ? null : 70_000m, fills, 1, null, null, At);
        return EventMessages.From(new TradingEvent(sequence, TradingEventCategory.Order, id, nameof(OrderChanged), At, Day,
            new OrderChanged(id, change, view, fill, null, null, false)));
    }

    /// <summary>Pages of two events at most, so the history reads on while <c>more</c>.</summary>
    private sealed class FakeHistory(params EventMessage[] events) : IEventHistory
    {
        private readonly List<EventMessage> _events = [.. events];

        public List<long> Asked { get; } = [];

        public void Add(EventMessage e) => _events.Add(e);

        public Task<EventPage> ReadAfterAsync(long after, int limit, CancellationToken cancellationToken)
        {
            Asked.Add(after);
            var rest = _events.Where(e => e.Sequence > after).ToList();
            var page = rest.Take(Math.Min(limit, 2)).ToList();
            return Task.FromResult(new EventPage(after, page.Count > 0 ? page[^1].Sequence : after, rest.Count > page.Count, false, "fake", page));
        }
    }
}
