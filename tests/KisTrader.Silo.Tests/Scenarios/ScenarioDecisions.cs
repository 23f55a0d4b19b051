using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using static KisTrader.Silo.Tests.Scenarios.ScenarioRunReader;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// What one run of a scenario decided, as <see cref="ScenarioComparison"/> compares it: the after-hours board's
/// candidates and checkpoints (read from the board grain: in-process or through a client of a multi-process cluster),
/// the order intents, the fills, the trades' net P&amp;L and the conversions to market (code, exit reason, order, why).
/// </summary>
internal sealed record ScenarioDecisions(
    object[] Board,
    object[] Checkpoints,
    object[] CheckpointDecisions,
    Order[] Orders,
    Executed[] Fills,
    (string Symbol, decimal NetPnL)[] Trades,
    (string Code, string Reason, string Order, string Why)[] Conversions)
{
    /// <summary>Reads the board and its checkpoints from <paramref name="grains"/>; the rest as given.</summary>
    public static async Task<ScenarioDecisions> ReadAsync(
        IGrainFactory grains, Order[] orders, Executed[] fills, IEnumerable<TradeResultRecord> trades, IEnumerable<(string Code, string Reason, string Order, string Why)> conversions)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var view = await grains.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(Day)).GetAsync();
        return new ScenarioDecisions(
            [.. view.Symbols.Select(s => (object)(s.Code, s.Rank, s.Round, s.IsBackup, s.Status, s.Close, s.Allocation, s.Replaces, s.BuyCheckpoint, s.BuyPrice, s.BuyQuantity))],
            [.. view.Checkpoints.Select(c => (object)(c.Checkpoint, c.Threshold, c.NextThreshold, c.Research, c.OrderableCash))],
            [.. view.Checkpoints.SelectMany(c => c.Decisions.Select(d =>
                (object)(c.Checkpoint, d.Code, d.Rank, d.Action, d.Close, d.Observed, d.Source, d.Change, d.Threshold, (d.OrderPrice, d.Quantity, d.PriceCapped, d.Replacement))))],
            orders,
            fills,
            [.. trades.OrderBy(t => t.Symbol, StringComparer.Ordinal).Select(t => (t.Symbol, t.NetPnL))],
            [.. conversions]);
    }
}
