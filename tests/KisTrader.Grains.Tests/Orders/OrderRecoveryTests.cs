using KisTrader.GrainInterfaces;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// Orders on their own clusters (WebSocket down: fills reach an order by its polls only, and the poll interval is long, so
/// nothing but what a test names makes it poll): the durable reminder brings a deactivated working order back and its
/// fills are counted once; APBK0991 on a conversion means "already filled"; a number another day's order had is no
/// "known" number for today's lookup.
/// </summary>
public sealed class OrderRecoveryTests
{
    private static void Quiet(Dictionary<string, string?> s) => s["KisTrader:Orders:PollInterval"] = "00:10:00";

    [Fact]
    public async Task ReceiveReminder_WorkingOrderDeactivated_ReactivatedByItsReminderAndItsFillsCountedOnce()
    {
        var reminders = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-wake-key-01", webSocketDown: true, Quiet,
            new OrderClusterTopology(ReminderClock: reminders));
        var (symbol, _) = (await c.CheapSymbolsAsync(1))[0];
        var order = c.Order("t-wake-1");

        var placed = await order.PlaceAsync(c.Intent("t-wake-1", symbol, OrderKind.Market, 6, null));

        // Accepted, filled at the broker at once, not yet polled: the order has counted nothing and holds its reminder.
        Assert.Equal((OrderState.Accepted, 0L), (placed.State, placed.FilledQuantity));
        Assert.Equal(6L, Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel).FilledQuantity);
        Assert.Equal(["order-wake"], await RemindersAsync(c, order));
        var orderId = Assert.Single(c.Journal.Orders, o => o.Intent.ClientOrderId == "t-wake-1").OrderId;

        await c.Cluster.DeactivateAsync(order);

        // Nobody calls the order: only its reminder (stepped here) can bring it back, and its activation polls at once.
        await Eventually.TrueAsync(
            async () =>
            {
                reminders.Advance(TimeSpan.FromSeconds(10));
                await Task.Delay(100, TestContext.Current.CancellationToken);
                return c.Journal.StateChanges.Any(s => s.OrderId == orderId && s.State == OrderState.Filled);
            },
            "the reactivated order polled and filled", TimeSpan.FromMinutes(2));

        var view = await order.GetAsync();
        Assert.Equal((OrderState.Filled, 6L, 1), (view.State, view.FilledQuantity, view.Submissions));
        Assert.All(view.Fills, f => Assert.True(f.FromPolling));
        Assert.Equal(6L, c.Journal.Fills.Where(f => f.OrderId == orderId).Sum(f => f.Quantity));
        var again = await order.RefreshAsync();
        Assert.Equal(view.Fills, again.Fills);
        var row = Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        Assert.Equal((row.FilledQuantity, row.FilledAmount), (again.FilledQuantity, again.Fills.Sum(f => f.Quantity * f.Price)));
        Assert.Empty(await RemindersAsync(c, order));
    }

    [Fact]
    public async Task ConvertToMarketAsync_LimitAlreadyFilledAtTheBroker_Apbk0991SettlesFilledWithoutAlert()
    {
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-0991-key-01", webSocketDown: true, Quiet);
        var (symbol, price) = (await c.CheapSymbolsAsync(1))[0];
        var marketable = KisTrader.Trading.Pricing.PriceGrid.Default.RoundUp(price * 1.05m);
        var order = c.Order("t-0991-1");
        var placed = await order.PlaceAsync(c.Intent("t-0991-1", symbol, OrderKind.Limit, 4, marketable));
        Assert.Equal((OrderState.Accepted, 0L), (placed.State, placed.FilledQuantity));
        Assert.Equal(0L, Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel).RemainingQuantity);

        var view = await order.ConvertToMarketAsync("exit-deadline");

        Assert.Equal((OrderState.Filled, 4L, placed.BrokerOrderNumber), (view.State, view.FilledQuantity, view.BrokerOrderNumber));
        var row = Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        Assert.Equal((row.FilledQuantity, row.FilledAmount), (view.FilledQuantity, view.Fills.Sum(f => f.Quantity * f.Price)));
        await Eventually.TrueAsync(() => c.Changes("t-0991-1").Any(o => o.Change == OrderChange.ConvertedToMarket && o.Code == "APBK0991"),
            "the refused conversion published");
        Assert.DoesNotContain(c.Changes("t-0991-1"), o => o.Alert);
        var again = await order.ConvertToMarketAsync("again");
        Assert.Equal((view.State, view.FilledQuantity, view.MessageCode), (again.State, again.FilledQuantity, again.MessageCode));
        Assert.Equal(view.Fills, again.Fills);
    }

    // KIS numbers restart every day (the simulator's too: a counter per KST day). A Day-1 order under the number today's
    // lost order gets must not make today's lookup skip that number — it would prove the order absent and send it twice.
    [Fact]
    public async Task PlaceAsync_ReplyLostUnderANumberAnotherDayHad_AdoptedNotResent()
    {
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-days-key-01", settings: Quiet);
        var symbols = await c.CheapSymbolsAsync(2);
        var first = await c.Order("t-days-1").PlaceAsync(c.Intent("t-days-1", symbols[0].Symbol, OrderKind.Limit, 1, OrderCluster.Below(symbols[0].Price)));
        var next = (long.Parse(first.BrokerOrderNumber!, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        var book = c.Cluster.Client.GetGrain<IOrderBookGrain>(c.AccountKey);
        await book.RegisterOrderAsync(next, first.BrokerOrgNumber, "t-days-yesterday", c.Today.AddDays(-1));
        Assert.Contains(next, await book.GetKnownOrderNumbersAsync());
        Assert.DoesNotContain(next, await book.GetKnownOrderNumbersOnAsync(c.Today));
        await c.FaultAsync("""{"kind":"replyLost","count":1,"trIds":["TTTC0012U"],"delay":"00:00:01"}""");
        var order = c.Order("t-days-2");

        var placed = await order.PlaceAsync(c.Intent("t-days-2", symbols[1].Symbol, OrderKind.Market, 2, null));

        var row = Assert.Single(await c.BrokerOrdersAsync(symbols[1].Symbol), r => !r.IsCancel);
        Assert.Equal((next, next, 1), (row.OrderNo, placed.BrokerOrderNumber, placed.Submissions));
        await Eventually.TrueAsync(() => c.Changes("t-days-2").Any(o => o.Change == OrderChange.Adopted), "the adoption published");
        Assert.Equal([next], (await book.GetKnownOrderNumbersOnAsync(c.Today)).Where(n => n == next));
        var view = await OrderGrainTests.WaitAsync(order, v => v.State == OrderState.Filled, "the adopted order filled");
        Assert.Equal(2L, view.FilledQuantity);
        await c.Order("t-days-1").CancelAsync("clean-up");
    }

    private static async Task<List<string>> RemindersAsync(OrderCluster c, IOrderGrain order)
    {
        var table = c.Silo.GetRequiredService<IReminderTable>();
        var rows = await table.ReadRows(order.GetGrainId());
        return [.. rows.Reminders.Select(r => r.ReminderName)];
    }
}
