using System.Text.Json;
using System.Text.RegularExpressions;
using KisTrader.Kis.Models;
using KisTrader.Silo.Simulation;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// Issue 12's survival test 3: PostgreSQL restarted mid-session, multi-process (<see cref="DatabaseRestartRunFixture"/>).
/// While the server is down no order reaches the broker (an order's intent is persisted before its POST, so none can be
/// sent); the run resumes by itself once it is back (the front end too); and afterwards every order and execution the
/// broker has for the two days is in the journal, with the same shares, and the positions and the account agree. Read
/// from the processes: their output, the front end's API, the database and the simulator's KIS and control APIs.
/// </summary>
[Collection(DatabaseRestartRunCollection.Name)]
public sealed partial class DatabaseRestartTests(DatabaseRestartRunFixture run)
{
    private static readonly DateOnly Day = DatabaseRestartRunFixture.Day;
    private static readonly DateOnly ExitDay = DatabaseRestartRunFixture.ExitDay;

    [GeneratedRegex(@"After-hours 2026-11-23: handing (\d{6}) to its position failed")]
    private static partial Regex HandingFailed();

    /// <summary>The broker's orders of the two days (inquire-daily-ccld), new orders only (no modify or cancel rows).</summary>
    private async Task<DailyOrder[]> BrokerOrdersAsync() =>
        [.. (await run.Cluster.BrokerOrdersAsync(Day, ExitDay, TestContext.Current.CancellationToken)).Where(o => !o.IsCancel && o.OriginalOrderNo.Length == 0)];

    [Fact]
    public async Task DatabaseDown_AfterHoursBuy_NotSentWhileDownThenSentOnceAfterTheRestart()
    {
        // The 16:30 checkpoint ran while the server was down: it decided buys, but handing them to their positions (whose
        // state, and then the order's intent, must be persisted first) failed, and nothing reached the broker.
        var whileDown = run.Silo.Lines(run.Observed.StoppedAt, run.Observed.RestartedAt).Select(l => ProcessLogLine.Parse(l.Line)).ToArray();
        var attempted = whileDown.Select(e => HandingFailed().Match(e.Text)).Where(m => m.Success).Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal).ToArray();

        Assert.True(whileDown.Any(e => e.Level is >= Microsoft.Extensions.Logging.LogLevel.Warning and < Microsoft.Extensions.Logging.LogLevel.None), "the silo logged no failure while its database was down");
        Assert.NotEmpty(attempted);
        Assert.Equal(run.Observed.AcceptedAtStop, run.Observed.AcceptedAtRestart);

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
        // so none of the product's own code (silo or front end) reports a failure caused by one.
        var failures = run.ProductLog(run.Observed.RestartedAt)
            .Where(e => e.Entry.IsProductProblem && e.Entry.Text.Contains("57P01", StringComparison.Ordinal))
            .Select(e => $"{e.Process} {e.Entry.Category}: {e.Entry.Text}")
            .ToArray();

        Assert.NotEmpty(run.ProductLog(run.Observed.RestartedAt));
        Assert.True(failures.Length == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task DatabaseRestarted_TheSession_ResumesWithoutHelpAndAgreesWithTheBrokersAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var status = await run.FrontEnd.GetAsync($"/api/sessions/{Day:yyyy-MM-dd}", ct);

        Assert.Equal("Closed", status.GetProperty("phase").GetString());
        Assert.Contains(SimulationAccountCheck.Marker, run.AccountCheck, StringComparison.Ordinal);
        Assert.EndsWith("AGREES", run.AccountCheck, StringComparison.Ordinal);
        Assert.True(await run.Cluster.Simulator.AcceptedOrdersAsync(ct) > run.Observed.AcceptedAtRestart, "no order was sent after the restart");
    }

    [Fact]
    public async Task DatabaseRestarted_TheFrontEnd_AnswersReadyAgain()
    {
        // It answered /health/ready before the clock first ran (the cluster's start waits for it), again after the
        // restart (the run waited for it), and still does at the end.
        Assert.True(run.Observed.FrontEndReadyAgainAt >= run.Observed.RestartedAt);
        Assert.True(await run.FrontEnd.ReadyAsync(TestContext.Current.CancellationToken), "the front end does not answer /health/ready after the run");
        Assert.False(run.FrontEnd.Process.HasExited);
    }

    [Fact]
    public async Task DatabaseRestarted_TheJournal_HoldsEveryOrderAndExecutionOfTheBroker()
    {
        var broker = await BrokerOrdersAsync();
        var submitted = await DatabaseRestartJournal.SubmittedAsync(run.ConnectionString);

        Assert.NotEmpty(broker);
        Assert.Contains(broker, o => o.FilledQuantity > 0);
        Assert.Contains(broker, o => o.Side == OrderSide.Sell && o.Date == ExitDay);
        foreach (var order in broker)
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
        var ct = TestContext.Current.CancellationToken;
        var board = await run.FrontEnd.GetAsync($"/api/monitoring/after-hours/{Day:yyyy-MM-dd}", ct);
        // Every symbol the board decided to buy (at a checkpoint) was handed to its position, at once or after the restart.
        var handed = board.GetProperty("symbols").EnumerateArray().Where(s => s.GetProperty("buyCheckpoint").ValueKind != JsonValueKind.Null)
            .Select(s => s.GetProperty("code").GetString()!).ToArray();
        // The position grains' views, through the front end (those of the board's handed symbols of the day).
        var grains = (await run.FrontEnd.GetAsync($"/api/portfolio/positions?date={Day:yyyy-MM-dd}", ct)).EnumerateArray()
            .ToDictionary(p => p.GetProperty("symbol").GetString()!, p => p, StringComparer.Ordinal);
        var journal = await DatabaseRestartJournal.PositionsAsync(run.ConnectionString, Day);
        var closed = 0;

        Assert.NotEmpty(handed);
        foreach (var code in handed)
        {
            Assert.True(grains.TryGetValue(code, out var position), $"position {code} has no grain view");
            var state = position.GetProperty("status").GetString();
            Assert.True(state is "Closed" or "Abandoned", $"{code} is {state}");
            Assert.Equal(0, position.GetProperty("quantity").GetInt64());
            if (state == "Closed")
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
