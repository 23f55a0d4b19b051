using KisTrader.GrainInterfaces;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// An order whose intent is recorded (and told as "Created") but whose placing call failed before the POST — the
/// activation lost with its silo, or a gate call that threw: nothing at the broker, the state "intent, never submitted".
/// It is sent, once, by the activation that finds it (a reactivation, by a read or its reminder) or, when the activation
/// lives on, by its own retry; a second placement of the same intent changes nothing. And an owned order that finishes
/// keeps its reminder until the next tick has told its owner again (the one-way tell of the final state can be lost with
/// its silo).
/// </summary>
public sealed class OrderResumeTests
{
    private static void Settings(Dictionary<string, string?> s)
    {
        s["KisTrader:Orders:PollInterval"] = "00:10:00";
        s["KisTrader:Orders:FailureRetryDelay"] = "00:00:05";
    }

    [Fact]
    public async Task OnActivateAsync_IntentRecordedButActivationEndedBeforeThePost_ReactivationSendsItOnce()
    {
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-resume-key-01", webSocketDown: true, Settings);
        var (symbol, _) = (await c.CheapSymbolsAsync(1))[0];
        var order = c.Order("t-resume-1");
        c.Gate.ThrowOnce(symbol);

        await Assert.ThrowsAnyAsync<Exception>(() => order.PlaceAsync(c.Intent("t-resume-1", symbol, OrderKind.Market, 3, null)));
        Assert.Single(c.Journal.Orders, o => o.Intent.ClientOrderId == "t-resume-1");
        await Eventually.TrueAsync(() => c.Changes("t-resume-1").Any(e => e.Change == OrderChange.Created), "the intent told as created");
        Assert.Empty(await c.BrokerOrdersAsync(symbol));

        // The activation goes before its retry is due (the clock stands still): its storage says "intent, never submitted".
        await c.Cluster.DeactivateAsync(order);
        OrderView view = await order.GetAsync();
        await Eventually.TrueAsync(
            async () => (view = await order.GetAsync()).State is OrderState.Accepted or OrderState.Filled,
            () => $"the reactivated order sent its recorded intent; state {view.State}, code {view.MessageCode}");

        Assert.Equal(1, view.Submissions);
        Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        var again = await order.PlaceAsync(c.Intent("t-resume-1", symbol, OrderKind.Market, 3, null));
        Assert.Equal(1, again.Submissions);
        Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
    }

    [Fact]
    public async Task PlaceAsync_GateCallThrewBeforeThePost_SameActivationRetriesAndSendsOnce()
    {
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-resume-key-02", webSocketDown: true, Settings);
        var (symbol, _) = (await c.CheapSymbolsAsync(1))[0];
        var order = c.Order("t-resume-2");
        c.Gate.ThrowOnce(symbol);

        await Assert.ThrowsAnyAsync<Exception>(() => order.PlaceAsync(c.Intent("t-resume-2", symbol, OrderKind.Market, 4, null)));
        Assert.Equal((OrderState.Intent, 0), ((await order.GetAsync()).State, (await order.GetAsync()).Submissions));
        Assert.Empty(await c.BrokerOrdersAsync(symbol));

        c.MoveTo(c.Clock.Now + TimeSpan.FromSeconds(6));
        OrderView view = await order.GetAsync();
        await Eventually.TrueAsync(
            async () => (view = await order.GetAsync()).State is OrderState.Accepted or OrderState.Filled,
            () => $"the order retried its send; state {view.State}, code {view.MessageCode}");

        Assert.Equal(1, view.Submissions);
        Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
    }

    [Fact]
    public async Task ReceiveReminder_OwnedOrderFinished_KeepsItsReminderUntilTheNextTickToldItsOwner()
    {
        var reminders = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-retell-key-01", webSocketDown: true, Settings,
            new OrderClusterTopology(ReminderClock: reminders));
        var (symbol, _) = (await c.CheapSymbolsAsync(1))[0];
        var order = c.Order("t-retell-1");
        var intent = c.Intent("t-retell-1", symbol, OrderKind.Market, 2, null) with { OwnerKey = GrainKeys.Position(c.Today, symbol) };

        Assert.Equal(OrderState.Accepted, (await order.PlaceAsync(intent)).State);
        Assert.Equal(OrderState.Filled, (await order.RefreshAsync()).State);

        // Finished, its owner told once (one-way): the reminder stays for the next tick.
        Assert.Equal(["order-wake"], await RemindersAsync(c, order));
        await Eventually.TrueAsync(
            async () =>
            {
                reminders.Advance(TimeSpan.FromSeconds(10));
                await Task.Delay(100, TestContext.Current.CancellationToken);
                return (await RemindersAsync(c, order)).Count == 0;
            },
            "the tick told the owner again and unregistered the reminder", TimeSpan.FromMinutes(2));
        Assert.Equal(OrderState.Filled, (await order.GetAsync()).State);
        Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
    }

    private static async Task<List<string>> RemindersAsync(OrderCluster c, IOrderGrain order)
    {
        var rows = await c.Silo.GetRequiredService<IReminderTable>().ReadRows(order.GetGrainId());
        return [.. rows.Reminders.Select(r => r.ReminderName)];
    }
}
