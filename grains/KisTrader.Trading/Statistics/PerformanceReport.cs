using System.Collections.Immutable;

namespace KisTrader.Trading.Statistics;

/// <summary>Performance per session day, ISO week, calendar month and overall; each list ascending.</summary>
/// <param name="Overall">Everything given.</param>
/// <param name="Days">One summary per session date.</param>
/// <param name="Weeks">One summary per ISO week with a session.</param>
/// <param name="Months">One summary per calendar month with a session.</param>
public sealed record PerformanceReport(
    PerformanceSummary Overall,
    ImmutableArray<PerformanceSummary> Days,
    ImmutableArray<PerformanceSummary> Weeks,
    ImmutableArray<PerformanceSummary> Months);
