using System.Collections.Immutable;
using KisTrader.Trading.Exits;

namespace KisTrader.Trading.Statistics;

/// <summary>
/// The trades that left by the same exit path, and how they did. The path is the distinct exit reasons of a trade's
/// sells in the order first used (sells ordered by fill time): "TakeProfit", "StopLoss",
/// "PartialTakeProfit+ForcedExit" (a 50% partial, then the rest forced out at 15:20), ... Each trade is in exactly
/// one path, so the groups' trades add up to the period's.
/// </summary>
/// <param name="Label">The reasons joined by "+".</param>
/// <param name="Rules">The same reasons as values.</param>
/// <param name="Stats">Its trades' win rate and returns.</param>
public sealed record ExitRulePerformance(string Label, ImmutableArray<ExitReason> Rules, TradeGroupStats Stats);
