using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// The order's silo killed between the POST and its answer, on a two-silo cluster whose grain state and reminders are on
/// PostgreSQL: nobody calls the order afterwards — its durable reminder brings it back on the survivor, whose activation
/// finds "submitting" persisted, treats the outcome as unknown and looks it up before anything is sent again. Placed at
/// the broker ⇒ adopted; never placed ⇒ proven absent and sent once more. Either way exactly one order at the broker,
/// filled, and the order ends filled.
/// </summary>
public sealed class OrderFailoverTests
{
    /// <summary>
    /// <paramref name="fault"/> holds the order's POST: <c>replyLost</c> places the order at the broker and loses its
    /// answer (⇒ found and adopted: one submission); <c>timeout</c> never lets it reach the broker (⇒ proven absent and
    /// sent once more: the survivor's submission is the accepted one, two in all).
    /// </summary>
    [Theory(Timeout = 170_000)]
    [InlineData("replyLost", "lost")]
    [InlineData("timeout", "none")]
    public async Task PlaceAsync_SiloKilledWhileThePostIsInFlight_RevivedOnTheSurvivorAndExactlyOneOrderFilled(string fault, string tag)
    {
        var adopted = fault == "replyLost";
        var id = $"t-kill-{tag}-1";
        var (c, survivor, doomed, journal, orderId, symbol, reminders, database) = await KillDuringPostAsync(
            $"PSorders-kill-{tag}-01", id, $$"""{"kind":"{{fault}}","count":1,"trIds":["TTTC0012U"],"delay":"00:03:00"}""", placedBeforeKill: adopted);
        await using (database)
        await using (c)
        {
            var view = await RevivedAsync(c, survivor, id, orderId, reminders, TestContext.Current.CancellationToken);

            var row = Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
            Assert.Equal((OrderState.Filled, 5L, adopted ? 1 : 2, row.OrderNo), (view.State, view.FilledQuantity, view.Submissions, view.BrokerOrderNumber));
            Assert.Equal(5L, row.FilledQuantity);
            var here = c.JournalOf(survivor).StateChanges.Where(s => s.OrderId == orderId).ToList();
            Assert.Contains(here, s => s.State == OrderState.OutcomeUnknown && s.Note == "OutcomeUnknown:RESTARTED");
            Assert.Contains(journal.StateChanges, s => s.OrderId == orderId && s.State == OrderState.Submitting);
            Assert.NotEqual(doomed.SiloAddress, survivor.SiloAddress);
            if (adopted)
            {
                Assert.Contains(here, s => s.State == OrderState.Accepted && s.Note == "Adopted:FOUND");
                Assert.DoesNotContain(here, s => s.State == OrderState.Submitting);
            }
            else
            {
                Assert.Contains(here, s => s.Note == "ProvenAbsent:NOT_FOUND");
                Assert.Single(c.JournalOf(survivor).Submissions, s => s.OrderId == orderId && s.Outcome == "Accepted" && s.BrokerOrderNo == row.OrderNo);
            }
        }
    }

    /// <summary>
    /// A two-silo cluster on a fresh migrated database; the order moved to the second silo, placed there under
    /// <paramref name="fault"/> (the POST held), and that silo killed once the POST is in flight (the broker has the order
    /// when <paramref name="placedBeforeKill"/>, else the simulator holds the call without placing it).
    /// </summary>
    private static async Task<(OrderCluster C, InProcessSiloHandle Survivor, InProcessSiloHandle Doomed, InMemoryOrderJournal Journal, Guid OrderId, string Symbol,
        FakeTimeProvider Reminders, TestDatabase Database)> KillDuringPostAsync(string appKey, string id, string fault, bool placedBeforeKill)
    {
        var database = await TestPostgres.CreateDatabaseAsync("ordkill");
        await new DatabaseMigrator(database.DataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(TestContext.Current.CancellationToken);
        var reminders = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, appKey, settings: s => s["KisTrader:Orders:PollInterval"] = "00:00:01",
            topology: new OrderClusterTopology(2, database.ConnectionString, reminders));
        try
        {
            var (symbol, _) = (await Bounded(c.CheapSymbolsAsync(1), "a cheap listing found", 60))[0];
            var survivor = c.Cluster.Silos[0];
            var doomed = c.Cluster.Silos[1];
            var order = c.Order(id);
            await Bounded(order.GetAsync().AsTask(), "the order activated", 30);
            // Migrate only when it is elsewhere (a migration onto its own silo waits for a deactivation that never comes).
            var management = c.Cluster.Client.GetGrain<IManagementGrain>(0);
            if (await management.GetActivationAddress(order) != doomed.SiloAddress)
            {
                await Bounded(c.Cluster.MigrateAsync(order, doomed.SiloAddress), "the order migrated to the second silo", 30);
            }

            await Eventually.TrueAsync(async () => (await order.GetAsync()) is not null && await management.GetActivationAddress(order) == doomed.SiloAddress,
                "the order active on the second silo", TimeSpan.FromSeconds(30));
            // The doomed silo's KIS client reads the cluster's shared token now (the test cluster shares it through the token
            // grain: a silo issuing its own would get EGW00133 and wait 61 s on the grains' clock, which stands still here).
            var doomedTrading = c.Cluster.GetSiloServiceProvider(doomed.SiloAddress).GetRequiredService<IKisTrading>();
            await Bounded(CountAsync(doomedTrading.GetDailyOrdersAsync(new DailyOrderRequest(doomedTrading.Account, c.Today, c.Today),
                cancellationToken: TestContext.Current.CancellationToken)), "the second silo's first KIS call (its token from the token grain)", 30);
            await Bounded(c.FaultAsync(fault), "the fault set", 30);
            var journal = c.JournalOf(doomed);

            var placing = order.PlaceAsync(c.Intent(id, symbol, OrderKind.Market, 5, null));
            _ = placing.ContinueWith(t => t.Exception, TaskScheduler.Default);

            // The intent is persisted as "submitting" on the doomed silo (its own journal has it: the order lives there), and the
            // POST has reached the simulator, which holds its answer (and placed the order, or not).
            await Eventually.TrueAsync(() => journal.StateChanges.Any(s => s.State == OrderState.Submitting), "submitting on the doomed silo");
            await Eventually.TrueAsync(async () => await c.FaultHitsAsync() == 1, "the POST held by the simulator", TimeSpan.FromSeconds(60));
            // The simulator counts the hit before its endpoint runs: the held order shows at the broker a moment later.
            if (placedBeforeKill)
            {
                await Eventually.TrueAsync(async () => (await c.BrokerOrdersAsync(symbol)).Count(r => !r.IsCancel) == 1, "the held order placed at the broker", TimeSpan.FromSeconds(30));
            }
            else
            {
                Assert.DoesNotContain(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
            }

            Assert.False(placing.IsCompleted);
            var orderId = Assert.Single(journal.Orders, o => o.Intent.ClientOrderId == id).OrderId;

            await Bounded(c.Cluster.KillSiloAsync(doomed, TestContext.Current.CancellationToken), "the second silo killed", 60);
            await Bounded(c.Cluster.WaitForLivenessToStabilizeAsync(), "membership settled after the kill", 60);
            return (c, survivor, doomed, journal, orderId, symbol, reminders, database);
        }
        catch
        {
            await c.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Steps the reminder clock 10 s at a time (no call to the order) until the survivor's journal shows the order filled;
    /// then reads it. The order registered its reminder (period 1 min) before the reminder clock first moved, so the first
    /// change on the survivor must come once that clock has passed 1 min: revived by its reminder, not by anything sooner.
    /// </summary>
    private static async Task<OrderView> RevivedAsync(OrderCluster c, InProcessSiloHandle survivor, string id, Guid orderId, FakeTimeProvider reminders, CancellationToken cancellationToken)
    {
        var journal = c.JournalOf(survivor);
        var start = reminders.GetUtcNow();
        TimeSpan? firstChange = null;
        await Eventually.TrueAsync(
            async () =>
            {
                // The reminder service's clock brings the order back; the grains' clock (and the market's) lets its retry
                // and poll delays pass.
                reminders.Advance(TimeSpan.FromSeconds(10));
                c.MoveTo(c.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
                await Task.Delay(200, cancellationToken);
                var here = journal.StateChanges.Where(s => s.OrderId == orderId).ToList();
                firstChange ??= here.Count > 0 ? reminders.GetUtcNow() - start : null;
                return here.Any(s => s.State == OrderState.Filled);
            },
            () => $"revived on the survivor and filled within 90 s; reminder clock +{reminders.GetUtcNow() - start}; its changes there: "
                + $"[{string.Join(", ", journal.StateChanges.Where(s => s.OrderId == orderId).Select(s => s.Note))}]",
            TimeSpan.FromSeconds(90));
        Assert.True(firstChange >= TimeSpan.FromMinutes(1), $"the order came back on the survivor at reminder clock +{firstChange}, before its reminder was due (+00:01:00)");
        return await Bounded(c.Order(id).GetAsync().AsTask(), "the revived order read", 30);
    }

    /// <summary>Awaits <paramref name="task"/> at most <paramref name="seconds"/>; a hang fails the test naming the step.</summary>
    private static async Task Bounded(Task task, string what, int seconds)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await task.WaitAsync(TimeSpan.FromSeconds(seconds), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{what}: not done within {seconds} s", e);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{what}: {watch.ElapsedMilliseconds} ms");
    }

    private static async Task<T> Bounded<T>(Task<T> task, string what, int seconds)
    {
        await Bounded((Task)task, what, seconds);
        return await task;
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> rows)
    {
        var count = 0;
        await foreach (var _ in rows)
        {
            count++;
        }

        return count;
    }
}
