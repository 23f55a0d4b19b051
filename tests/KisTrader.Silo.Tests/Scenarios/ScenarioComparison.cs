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
/// The comparison of two runs of one scenario (issue 10's determinism check, issue 12's broker-fault differential test),
/// each read as <see cref="ScenarioDecisions"/>: the runs must have decided the same things.
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
    public static async Task<DecisionsCompared> AssertSameDecisionsAsync(CycleRunFixture run, CycleRunFixture again) =>
        AssertSameDecisions(await DecisionsAsync(run), await DecisionsAsync(again));

    /// <inheritdoc cref="AssertSameDecisionsAsync"/>
    public static DecisionsCompared AssertSameDecisions(ScenarioDecisions run, ScenarioDecisions again)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(again);
        Assert.Equal(run.Board, again.Board);
        Assert.Equal(run.Checkpoints, again.Checkpoints);
        Assert.Equal(run.CheckpointDecisions, again.CheckpointDecisions);
        Assert.Equal(run.Orders, again.Orders);
        Assert.Equal(run.Fills, again.Fills);
        Assert.Equal(run.Trades, again.Trades);
        Assert.Equal(run.Conversions, again.Conversions);
        Assert.NotEmpty(run.Orders);
        return new DecisionsCompared(run.Board.Length, run.CheckpointDecisions.Length, run.Orders.Length, run.Fills.Length, run.Trades.Length, run.Conversions.Length);
    }
}
