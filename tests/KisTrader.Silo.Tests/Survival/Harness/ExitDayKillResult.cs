using KisTrader.Kis.Models;

namespace KisTrader.Survival;

/// <summary>What <see cref="ExitDayKillRun"/> observed.</summary>
/// <param name="Killed">The silo killed (the one that had just decided the first exit).</param>
/// <param name="KillToFirstDecision">Wall time from the kill to the survivor's first position decision or order line after it.</param>
/// <param name="Buys">The broker's Day-1 buy orders.</param>
/// <param name="Sells">The broker's Day-2 sell orders.</param>
/// <param name="ExitReasons">Per symbol, the exit rules the silos' logs name for its sells, in order.</param>
/// <param name="Closed">The symbols whose position logged "closed".</param>
internal sealed record ExitDayKillResult(
    string Killed,
    TimeSpan KillToFirstDecision,
    IReadOnlyList<DailyOrder> Buys,
    IReadOnlyList<DailyOrder> Sells,
    IReadOnlyDictionary<string, string[]> ExitReasons,
    IReadOnlyList<string> Closed);
