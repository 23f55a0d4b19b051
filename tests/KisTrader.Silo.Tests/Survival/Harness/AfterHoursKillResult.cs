namespace KisTrader.Survival;

/// <summary>What <see cref="AfterHoursKillRun"/> observed.</summary>
/// <param name="Killed">The silo killed (the after-hours board's host).</param>
/// <param name="Survivor">The other silo.</param>
/// <param name="KillToFirstDecision">Wall time from the SIGKILL to the survivor's first after-hours checkpoint decision (its log line).</param>
/// <param name="FirstDecision">That line.</param>
/// <param name="BuyOrders">The broker's Day-1 buy orders per symbol (inquire-daily-ccld).</param>
/// <param name="BuyFilled">The broker's filled Day-1 buy quantity per symbol.</param>
/// <param name="OrdersAccepted">The simulator's count of accepted orders (metrics <c>orders.accepted</c>).</param>
/// <param name="SessionOver">The survivor's "session over" line (the board ended at 18:00).</param>
internal sealed record AfterHoursKillResult(
    string Killed,
    string Survivor,
    TimeSpan KillToFirstDecision,
    string FirstDecision,
    IReadOnlyDictionary<string, int> BuyOrders,
    IReadOnlyDictionary<string, long> BuyFilled,
    long OrdersAccepted,
    string SessionOver)
{
    /// <summary>Symbols the broker shows more than one buy order for, and buy orders for symbols outside the expected set.</summary>
    public int Duplicates(IEnumerable<string> expected) =>
        BuyOrders.Values.Sum(n => Math.Max(0, n - 1)) + BuyOrders.Keys.Count(k => !expected.Contains(k, StringComparer.Ordinal));
}
