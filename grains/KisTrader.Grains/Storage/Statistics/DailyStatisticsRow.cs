using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Storage;

/// <summary>
/// One row of <c>journal.daily_statistics</c> (0001_initial.sql): a period's headline figures and its whole
/// <see cref="PerformanceSummary"/> as JSON. Derived data: recomputed and replaced, never appended.
/// </summary>
/// <param name="Kind">Day, Week, Month or Overall (stored as 'All'; there is one Overall row, replaced each time).</param>
/// <param name="PeriodStart">The session date, the ISO week's Monday, the month's first day, or the first session (Overall).</param>
/// <param name="Sessions">Sessions in the period.</param>
/// <param name="Trades">Closed trades.</param>
/// <param name="Wins">Trades with net P&amp;L &gt; 0.</param>
/// <param name="NetPnL">Σ net P&amp;L (KRW).</param>
/// <param name="ReturnOnBudget">Σ daily returns on the session budgets (<see cref="PerformanceSummary.CumulativeReturn"/>).</param>
/// <param name="MaxDrawdown">Largest fall of cumulative net P&amp;L (KRW).</param>
/// <param name="DetailsJson">The period's <see cref="PerformanceSummary"/> as JSON (camelCase, enum names).</param>
/// <param name="ComputedAt">When it was computed.</param>
public sealed record DailyStatisticsRow(
    PeriodKind Kind,
    DateOnly PeriodStart,
    int Sessions,
    int Trades,
    int Wins,
    decimal NetPnL,
    decimal ReturnOnBudget,
    decimal MaxDrawdown,
    string DetailsJson,
    DateTimeOffset ComputedAt);
