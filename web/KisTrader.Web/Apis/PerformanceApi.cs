using KisTrader.Trading.Statistics;
using KisTrader.Trading.Time;
using KisTrader.Web.Clock;
using KisTrader.Web.Performance;
using KisTrader.Web.Problems;

namespace KisTrader.Web.Apis;

/// <summary>
/// The strategy.md §9 statistics from the journal (<c>TradingStatistics</c>): <c>GET /api/performance?from=&amp;to=</c>
/// (per day, ISO week, month and overall), <c>GET /api/performance/equity</c> (the equity curve) and
/// <c>GET /api/performance/attribution</c> (the attribution tables of the period). Default period: the 92 days to today.
/// </summary>
internal static class PerformanceApi
{
    public const int MaxDays = 366;

    public static void MapPerformanceApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/performance").WithTags("Performance");
        group.MapGet("/source", (PerformanceSource source) => TypedResults.Ok(new PerformanceSourceView(source.Statistics is not null && source.Trades is not null, source.Description)))
            .WithSummary("Whether this front end can read the statistics, and from where");
        group.MapGet("", ReportAsync).Produces<PerformanceReport>().ProducesValidationProblem().ProducesProblem(503)
            .WithSummary("Statistics per day, week, month and overall");
        group.MapGet("/equity", EquityAsync).Produces<EquityCurve>().ProducesValidationProblem().ProducesProblem(503)
            .WithSummary("The equity curve (cumulative net P&L per closed trade)");
        group.MapGet("/attribution", AttributionAsync).Produces<PerformanceAttribution>().ProducesValidationProblem().ProducesProblem(503)
            .WithSummary("Attribution tables: return attribution, by checkpoint, score decile, exit rule; exit reasons, levels, conditions");
    }

    private static async Task<IResult> ReportAsync(HttpRequest request, PerformanceSource source, IClockControl clock, CancellationToken cancellationToken)
    {
        var (from, to, problem) = await PeriodAsync(request, source, clock, cancellationToken);
        return problem ?? TypedResults.Ok(await source.Statistics!.BuildReportAsync(from, to, cancellationToken));
    }

    private static async Task<IResult> EquityAsync(HttpRequest request, PerformanceSource source, IClockControl clock, CancellationToken cancellationToken)
    {
        var (from, to, problem) = await PeriodAsync(request, source, clock, cancellationToken);
        return problem ?? TypedResults.Ok(EquityCurve.Of(from, to, await source.Trades!.ReadTradesAsync(from, to, cancellationToken)));
    }

    private static async Task<IResult> AttributionAsync(HttpRequest request, PerformanceSource source, IClockControl clock, CancellationToken cancellationToken)
    {
        var (from, to, problem) = await PeriodAsync(request, source, clock, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var o = (await source.Statistics!.BuildReportAsync(from, to, cancellationToken)).Overall;
        return TypedResults.Ok(new PerformanceAttribution(from, to, o.Trades, o.Breakdown, o.ExitReasons, o.AdjustmentLevels, o.ConditionPassRates, o.Checkpoints));
    }

    private static async Task<(DateOnly From, DateOnly To, IResult? Problem)> PeriodAsync(
        HttpRequest request, PerformanceSource source, IClockControl clock, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request, "from", "to");
        var (from, to) = (query.Date("from"), query.Date("to"));
        if (query.Problem() is { } bad)
        {
            return (default, default, bad);
        }

        var end = to ?? KrxTime.DateOf((await clock.GetAsync(cancellationToken)).Now);
        var start = from ?? end.AddDays(-92);
        if (start > end || end.DayNumber - start.DayNumber >= MaxDays)
        {
            query.Fail("from", $"must be on or before 'to' and at most {MaxDays} days before it");
            return (default, default, query.Problem());
        }

        return source.Statistics is null || source.Trades is null
            ? (default, default, Problem.Unavailable($"no statistics source: {source.Description}"))
            : (start, end, null);
    }
}

/// <summary>Whether the statistics can be read (<c>GET /api/performance/source</c>), and from where.</summary>
public sealed record PerformanceSourceView(bool Available, string Description);

/// <summary>The attribution tables of a period.</summary>
public sealed record PerformanceAttribution(
    DateOnly From, DateOnly To, int Trades, TradeBreakdown Breakdown,
    System.Collections.Immutable.ImmutableArray<ExitReasonShare> ExitReasons,
    System.Collections.Immutable.ImmutableArray<AdjustmentLevelUsage> AdjustmentLevels,
    System.Collections.Immutable.ImmutableArray<ConditionPassRate> ConditionPassRates,
    System.Collections.Immutable.ImmutableArray<CheckpointHitRate> Checkpoints);
