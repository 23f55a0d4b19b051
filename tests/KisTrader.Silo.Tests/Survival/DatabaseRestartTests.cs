using System.Text.RegularExpressions;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// Issue 12's survival test 3: PostgreSQL restarted mid-session (<see cref="DatabaseRestartRunFixture"/>). While the
/// server is down no order reaches the broker (an order's intent is persisted before its POST, so none can be sent);
/// the run resumes by itself once it is back; and afterwards every order and execution the broker has for the two days
/// is in the journal, with the same shares, and the positions and the account agree.
/// </summary>
[Collection(DatabaseRestartRunCollection.Name)]
public sealed partial class DatabaseRestartTests(DatabaseRestartRunFixture run)
{
    private static readonly DateOnly Day = new(2026, 11, 24);
    private static readonly DateOnly ExitDay = new(2026, 11, 25);

    private IGrainFactory Grains => run.Run.Host.Services.GetRequiredService<IGrainFactory>();

    [GeneratedRegex(@"^After-hours 2026-11-24: handing (\d{6}) to its position failed")]
    private static partial Regex HandingFailed();

    /// <summary>The broker's orders of the two days (inquire-daily-ccld), new orders only (no modify or cancel rows).</summary>
    private async Task<DailyOrder[]> BrokerOrdersAsync()
    {
        var trading = run.Run.Host.Services.GetRequiredService<IKisTrading>();
        var broker = new List<DailyOrder>();
        await foreach (var row in trading.GetDailyOrdersAsync(new DailyOrderRequest(trading.Account, Day, ExitDay), cancellationToken: TestContext.Current.CancellationToken))
        {
            broker.Add(row);
        }

        return [.. broker.Where(o => !o.IsCancel && o.OriginalOrderNo.Length == 0)];
    }

    [Fact]
    public async Task DatabaseDown_AfterHoursBuy_NotSentWhileDownThenSentOnceAfterTheRestart()
    {
        // The 16:30 checkpoint ran while the server was down: it decided buys, but handing them to their positions (whose
        // state, and then the order's intent, must be persisted first) failed, and nothing reached the broker.
        var attempted = run.Logs.Since(run.LoggedAtStop).Take(run.LoggedAtRestart - run.LoggedAtStop)
            .Select(e => HandingFailed().Match(e.Message))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.True(run.FailuresWhileDown > 0, "the silo logged no failure while its database was down");
        Assert.NotEmpty(attempted);
        Assert.Equal(run.AcceptedOrders.BeforeStop, run.AcceptedOrders.BeforeStart);

        // Retried by the after-hours grain's own tick once the server was back: each of those buys went out once.
        var broker = await BrokerOrdersAsync();
        foreach (var code in attempted)
        {
            Assert.Single(broker, o => o.Date == Day && o.Symbol == code && o.Side == OrderSide.Buy);
        }
    }

    [Fact]
    public void DatabaseRestarted_PooledConnections_AreNotHandedOutDeadToTheProduct()
    {
        // After a restart every pooled connection is dead (57P01); the journals retry on a fresh one (ServerRestartRetry),
        // so none of the product's own code reports a failure caused by one.
        var failures = run.Logs.Since(run.LoggedAtRestart)
            .Where(e => e.Category.StartsWith("KisTrader", StringComparison.Ordinal) && e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning)
            .Where(e => (e.Message + e.Exception).Contains("57P01", StringComparison.Ordinal))
            .Select(e => $"{e.Category}: {e.Message}")
            .ToArray();

        Assert.True(failures.Length == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task DatabaseRestarted_TheSession_ResumesWithoutHelpAndAgreesWithTheBrokersAccount()
    {
        var status = await Grains.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day)).GetStatusAsync();
        var check = Assert.Single(run.Output.Split('\n'), l => l.Contains(SimulationAccountCheck.Marker, StringComparison.Ordinal));

        Assert.Equal(SessionPhase.Closed, status.Phase);
        Assert.EndsWith("AGREES", check.TrimEnd('\r'), StringComparison.Ordinal);
        Assert.True(await run.AcceptedOrdersAsync() > run.AcceptedOrders.BeforeStart, "no order was sent after the restart");
    }

    [Fact]
    public async Task DatabaseRestarted_TheJournal_HoldsEveryOrderAndExecutionOfTheBroker()
    {
        var broker = await BrokerOrdersAsync();
        var submitted = await DatabaseRestartJournal.SubmittedAsync(run.ConnectionString);
        var orders = broker;

        Assert.NotEmpty(orders);
        Assert.Contains(orders, o => o.FilledQuantity > 0);
        foreach (var order in orders)
        {
            Assert.True(submitted.TryGetValue((order.Date, order.OrderNo), out var journal), $"broker order {order.Date} {order.OrderNo} ({order.Side} {order.Symbol}) is not in the journal");
            Assert.Equal(order.Side.ToString(), journal.Side);
            Assert.Equal(order.FilledQuantity, journal.Filled);
        }

        // And nothing the broker does not have.
        Assert.All(submitted.Keys, key => Assert.Contains(broker, o => o.Date == key.Date && o.OrderNo == key.OrderNo));
    }

    [Fact]
    public async Task DatabaseRestarted_EveryPosition_IsClosedInItsGrainAndInTheJournal()
    {
        var board = await Grains.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(Day)).GetAsync();
        var handed = board.Symbols.Where(s => s.HandedToPosition).Select(s => s.Code).ToArray();
        var journal = await DatabaseRestartJournal.PositionsAsync(run.ConnectionString, Day);
        var closed = 0;

        foreach (var code in handed)
        {
            var position = await Grains.GetGrain<IPositionGrain>(GrainKeys.Position(Day, code)).GetAsync();
            Assert.True(position.Status is PositionStatus.Closed or PositionStatus.Abandoned, $"{code} is {position.Status}");
            Assert.Equal(0, position.Quantity);
            if (position.Status == PositionStatus.Closed)
            {
                // Bought and sold: the journal's row says the same.
                closed++;
                Assert.True(journal.TryGetValue(code, out var row), $"position {code} is not in the journal");
                Assert.Equal(("Closed", 0L), row);
            }
            else
            {
                // Its buy ended unfilled: nothing was ever held.
                Assert.True(!journal.TryGetValue(code, out var row) || row.Quantity == 0, $"abandoned position {code} holds {row.Quantity} in the journal");
            }
        }

        Assert.True(closed > 0, "no position was bought and closed");
    }
}
