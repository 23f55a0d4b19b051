using KisTrader.Kis.Models;

namespace KisTrader.Kis.Client;

/// <summary>inquire-balance over all pages: every holding and the account summary (from the last page).</summary>
/// <param name="Holdings">output1 rows of every page.</param>
/// <param name="Summary">output2 of the last page.</param>
public sealed record KisBalance(IReadOnlyList<Holding> Holdings, BalanceSummary Summary);
