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
    [Fact]
    public async Task PlaceAsync_SiloKilledWhileTheAcceptedReplyIsInFlight_RevivedOnTheSurvivorAndAdopted_ExactlyOneOrder()
    {
        var (c, survivor, doomed, journal, orderId, symbol, reminders, database) = await KillDuringPostAsync(
            "PSorders-kill-lost-01", "t-kill-lost-1", """{"kind":"replyLost","count":1,"trIds":["TTTC0012U"],"delay":"00:03:00"}""", placedBeforeKill: true);
        await using (database)
        await using (c)
        {
            var view = await RevivedAsync(c, survivor, "t-kill-lost-1", orderId, reminders);

            var row = Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
            Assert.Equal((OrderState.Filled, 5L, 1, row.OrderNo), (view.State, view.FilledQuantity, view.Submissions, view.BrokerOrderNumber));
            Assert.Equal(5L, row.FilledQuantity);
            var here = c.JournalOf(survivor).StateChanges.Where(s => s.OrderId == orderId).ToList();
            Assert.Contains(here, s => s.State == OrderState.OutcomeUnknown && s.Note == "OutcomeUnknown:RESTARTED");
            Assert.Contains(here, s => s.State == OrderState.Accepted && s.Note == "Adopted:FOUND");
            Assert.DoesNotContain(here, s => s.State == OrderState.Submitting);
            Assert.Contains(journal.StateChanges, s => s.OrderId == orderId && s.State == OrderState.Submitting);
            Assert.NotEqual(doomed.SiloAddress, survivor.SiloAddress);
        }
    }

    [Fact]
    public async Task PlaceAsync_SiloKilledWhileThePostNeverReachedTheBroker_RevivedProvenAbsentAndSentOnce()
    {
        var (c, survivor, _, _, orderId, symbol, reminders, database) = await KillDuringPostAsync(
            "PSorders-kill-none-01", "t-kill-none-1", """{"kind":"timeout","count":1,"trIds":["TTTC0012U"],"delay":"00:03:00"}""", placedBeforeKill: false);
        await using (database)
        await using (c)
        {
            var view = await RevivedAsync(c, survivor, "t-kill-none-1", orderId, reminders);

            var row = Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
            Assert.Equal((OrderState.Filled, 5L, 2, row.OrderNo), (view.State, view.FilledQuantity, view.Submissions, view.BrokerOrderNumber));
            var here = c.JournalOf(survivor).StateChanges.Where(s => s.OrderId == orderId).ToList();
            Assert.Contains(here, s => s.State == OrderState.OutcomeUnknown && s.Note == "OutcomeUnknown:RESTARTED");
            Assert.Contains(here, s => s.Note == "ProvenAbsent:NOT_FOUND");
            Assert.Single(c.JournalOf(survivor).Submissions, s => s.OrderId == orderId && s.Outcome == "Accepted" && s.BrokerOrderNo == row.OrderNo);
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
            var (symbol, _) = (await c.CheapSymbolsAsync(1))[0];
            var survivor = c.Cluster.Silos[0];
            var doomed = c.Cluster.Silos[1];
            var order = c.Order(id);
            await order.GetAsync();
            await c.Cluster.MigrateAsync(order, doomed.SiloAddress);
            // The doomed silo's KIS client takes its token now (the broker issues one a minute), not inside the POST's window.
            var doomedTrading = c.Cluster.GetSiloServiceProvider(doomed.SiloAddress).GetRequiredService<IKisTrading>();
            await foreach (var _ in doomedTrading.GetDailyOrdersAsync(new DailyOrderRequest(doomedTrading.Account, c.Today, c.Today), cancellationToken: TestContext.Current.CancellationToken))
            {
            }

            await c.FaultAsync(fault);
            var journal = c.JournalOf(doomed);

            var placing = order.PlaceAsync(c.Intent(id, symbol, OrderKind.Market, 5, null));
            _ = placing.ContinueWith(t => t.Exception, TaskScheduler.Default);

            // The intent is persisted as "submitting" on the doomed silo (its own journal has it: the order lives there), and the
            // POST has reached the simulator, which holds its answer (and placed the order, or not).
            await Eventually.TrueAsync(() => journal.StateChanges.Any(s => s.State == OrderState.Submitting), "submitting on the doomed silo");
            await Eventually.TrueAsync(async () => await c.FaultHitsAsync() == 1, "the POST held by the simulator", TimeSpan.FromMinutes(3));
            Assert.Equal(placedBeforeKill ? 1 : 0, (await c.BrokerOrdersAsync(symbol)).Count(r => !r.IsCancel));
            Assert.False(placing.IsCompleted);
            var orderId = Assert.Single(journal.Orders, o => o.Intent.ClientOrderId == id).OrderId;

            await c.Cluster.KillSiloAsync(doomed, TestContext.Current.CancellationToken);
            await c.Cluster.WaitForLivenessToStabilizeAsync();
            return (c, survivor, doomed, journal, orderId, symbol, reminders, database);
        }
        catch
        {
            await c.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Steps the reminder clock (no call to the order) until the survivor's journal shows the order filled; then reads it.</summary>
    private static async Task<OrderView> RevivedAsync(OrderCluster c, InProcessSiloHandle survivor, string id, Guid orderId, FakeTimeProvider reminders)
    {
        var journal = c.JournalOf(survivor);
        await Eventually.TrueAsync(
            async () =>
            {
                // The reminder service's clock brings the order back; the grains' clock (and the market's) lets its retry
                // and poll delays pass.
                reminders.Advance(TimeSpan.FromSeconds(10));
                c.MoveTo(c.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
                await Task.Delay(200, TestContext.Current.CancellationToken);
                return journal.StateChanges.Any(s => s.OrderId == orderId && s.State == OrderState.Filled);
            },
            () => $"revived on the survivor and filled; its changes there: {string.Join(", ", journal.StateChanges.Where(s => s.OrderId == orderId).Select(s => s.Note))}",
            TimeSpan.FromMinutes(3));
        return await c.Order(id).GetAsync();
    }
}
