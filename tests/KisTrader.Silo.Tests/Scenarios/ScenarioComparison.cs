using KisTrader.Silo.Tests.Simulation;
using static KisTrader.Silo.Tests.Scenarios.ScenarioRunReader;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>How many decisions <see cref="ScenarioComparison.AssertSameDecisionsAsync"/> compared, by kind.</summary>
internal sealed record DecisionsCompared(int Candidates, int CheckpointDecisions, int Orders, int Fills, int Trades, int Conversions)
{
    public int Total => Candidates + CheckpointDecisions + Orders + Fills + Trades + Conversions;

    public override string ToString() =>
        $"{Total} decisions compared: {Candidates} candidates, {CheckpointDecisions} checkpoint decisions, {Orders} order intents, {Fills} fills, {Trades} trades' net P&L, {Conversions} conversions to market";
}

/// <summary>
/// The comparison of two runs of one scenario (issue 10's determinism check, issue 12's broker-fault differential test):
/// the runs must have decided the same things.
/// </summary>
internal static class ScenarioComparison
{
    /// <summary>
    /// Compared: the after-hours board's candidates (code, rank, round, backup, status, close, allocation, replaced symbol,
    /// buy checkpoint, price and quantity); each checkpoint's threshold, re-search and decisions (code, rank, action, close,
    /// observed price and its kind, change, threshold, order price, quantity, cap, replacement) and the orderable cash it
    /// used; each order's intent (id, side, type, quantity, limit, reason); each fill (order, quantity, price); the trades'
    /// net P&amp;L; the conversions to market (code, reason, order, why). Not compared: broker order numbers (the three 17:00
    /// buys are placed concurrently, so the simulator numbers them in arrival order), the instants of continuous-session
    /// fills and of evaluations (a sell fills when it reaches the simulator, which at 600× depends on the machine's load),
    /// and where a checkpoint's price came from (the realtime feed or its REST fallback, the same price either way).
    /// </summary>
    public static async Task<DecisionsCompared> AssertSameDecisionsAsync(CycleRunFixture run, CycleRunFixture again)
    {
        var board = await BoardAsync(run);
        Assert.Equal(board, await BoardAsync(again));
        Assert.Equal(await CheckpointsComparedAsync(run), await CheckpointsComparedAsync(again));
        var decisions = await CheckpointDecisionsAsync(run);
        Assert.Equal(decisions, await CheckpointDecisionsAsync(again));
        Assert.Equal(Orders(run), Orders(again));
        Assert.Equal(Fills(run).Select(f => f.Fill), Fills(again).Select(f => f.Fill));
        var trades = await TradesAsync(run);
        Assert.Equal(trades.Select(t => (t.Symbol, t.NetPnL)), (await TradesAsync(again)).Select(t => (t.Symbol, t.NetPnL)));
        Assert.Equal(Conversions(run).Select(c => (c.Code, c.Reason, c.Order, c.Why)), Conversions(again).Select(c => (c.Code, c.Reason, c.Order, c.Why)));
        Assert.NotEmpty(Orders(run));
        return new DecisionsCompared(board.Length, decisions.Length, Orders(run).Length, Fills(run).Length, trades.Length, Conversions(run).Length);
    }

    private static async Task<object[]> BoardAsync(CycleRunFixture run) =>
        [.. (await ScenarioRunReader.Grains(run).GetGrain<GrainInterfaces.IAfterHoursGrain>(GrainInterfaces.GrainKeys.AfterHours(Day)).GetAsync()).Symbols
            .Select(s => (object)(s.Code, s.Rank, s.Round, s.IsBackup, s.Status, s.Close, s.Allocation, s.Replaces, s.BuyCheckpoint, s.BuyPrice, s.BuyQuantity))];

    private static async Task<object[]> CheckpointsComparedAsync(CycleRunFixture run) =>
        [.. (await CheckpointsAsync(run)).Select(c => (object)(c.Checkpoint, c.Threshold, c.NextThreshold, c.Research, c.OrderableCash))];

    private static async Task<object[]> CheckpointDecisionsAsync(CycleRunFixture run) =>
        [.. (await CheckpointsAsync(run)).SelectMany(c => c.Decisions.Select(d =>
            (object)(c.Checkpoint, d.Code, d.Rank, d.Action, d.Close, d.Observed, d.Source, d.Change, d.Threshold, (d.OrderPrice, d.Quantity, d.PriceCapped, d.Replacement))))];
}
