using KisTrader.GrainInterfaces;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// No order reaches the broker without its durable "order-wake" reminder (a silo lost after the POST would otherwise
/// leave it unresolved): while the reminder store refuses writes (<see cref="ReminderWriteFault"/>) an order keeps its
/// intent (recorded and journaled) and is not sent, through a deactivation too; a cancel then ends it without a call;
/// once the store is back the next retry registers the reminder and sends it, once.
/// </summary>
public sealed class OrderWakeTests
{
    [Fact]
    public async Task PlaceAsync_ReminderNotRegistered_NotSentUntilItIs_ThenSentOnceWithItsReminder()
    {
        var fault = new ReminderWriteFault();
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-wakefault-01", webSocketDown: true,
            s =>
            {
                s["KisTrader:Orders:PollInterval"] = "00:10:00";
                s["KisTrader:Orders:FailureRetryDelay"] = "00:00:01";
            },
            configureSilo: silo => ReminderWriteFault.Install(silo.Services, fault));
        var symbols = await c.CheapSymbolsAsync(2);
        var (symbol, other) = (symbols[0].Symbol, symbols[1].Symbol);
        fault.Failing = true;
        var order = c.Order("t-wakefault-1");

        // Not sent: the intent is kept (grain state and journal), the order waits as an intent with the reason.
        var placed = await order.PlaceAsync(c.Intent("t-wakefault-1", symbol, OrderKind.Market, 3, null));
        Assert.Equal((OrderState.Intent, 0, "WAKE_NOT_REGISTERED"), (placed.State, placed.Submissions, placed.MessageCode));
        Assert.True(fault.Refused > 0);
        Assert.Single(c.Journal.Orders, o => o.Intent.ClientOrderId == "t-wakefault-1");
        Assert.Empty(await c.BrokerOrdersAsync(symbol));
        Assert.Empty(await RemindersAsync(c, order));
        await Eventually.TrueAsync(
            () => c.Changes("t-wakefault-1").Any(e => e.Change == OrderChange.RetryScheduled && e.Code == "WAKE_NOT_REGISTERED"),
            "the held-back order was published as a scheduled retry with its reason");

        // The same intent placed again changes nothing; after a deactivation the retry (still refused) comes from the new
        // activation's timer once the clock reaches it.
        Assert.Equal((OrderState.Intent, 0), ((await order.PlaceAsync(c.Intent("t-wakefault-1", symbol, OrderKind.Market, 3, null))).State, 0));
        await c.Cluster.DeactivateAsync(order);
        var refused = fault.Refused;
        Assert.Equal(OrderState.Intent, (await order.GetAsync()).State);
        c.MoveTo(c.Clock.Now + TimeSpan.FromSeconds(2));
        await Eventually.TrueAsync(() => fault.Refused > refused, () => $"the reactivated order tried its reminder again; refused {fault.Refused}");
        Assert.Equal((OrderState.Intent, 0), ((await order.GetAsync()).State, (await order.GetAsync()).Submissions));
        Assert.Empty(await c.BrokerOrdersAsync(symbol));

        // Cancelled while held back: ended without a call to the broker.
        var second = c.Order("t-wakefault-2");
        Assert.Equal(OrderState.Intent, (await second.PlaceAsync(c.Intent("t-wakefault-2", other, OrderKind.Market, 2, null))).State);
        var cancelled = await second.CancelAsync("test");
        Assert.Equal((OrderState.Cancelled, 0, "CANCELLED_BEFORE_SENT"), (cancelled.State, cancelled.Submissions, cancelled.MessageCode));
        Assert.Empty(await c.BrokerOrdersAsync(other));

        // The store is back: the next retry registers the reminder, then sends the order, once.
        fault.Failing = false;
        c.MoveTo(c.Clock.Now + TimeSpan.FromSeconds(2));
        OrderView view = placed;
        await Eventually.TrueAsync(
            async () => (view = await order.GetAsync()).Submissions > 0 && view.State != OrderState.Submitting,
            () => $"the order was sent once its reminder was registered; state {view.State}, code {view.MessageCode}");
        Assert.Equal((OrderState.Accepted, 1), (view.State, view.Submissions));
        Assert.Equal(["order-wake"], await RemindersAsync(c, order));
        Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        Assert.Equal(1, c.Changes("t-wakefault-1").Count(e => e.Code == "WAKE_NOT_REGISTERED"));
    }

    private static async Task<List<string>> RemindersAsync(OrderCluster c, IOrderGrain order)
    {
        var rows = await c.Silo.GetRequiredService<IReminderTable>().ReadRows(order.GetGrainId());
        return [.. rows.Reminders.Select(r => r.ReminderName)];
    }
}
