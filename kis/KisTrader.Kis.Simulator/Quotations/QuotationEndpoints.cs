using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// Maps the market-data REST endpoints (kis-api.md §4.1–§4.8). Each endpoint carries its <see cref="QuotationRoute"/>
/// as metadata; handlers read the simulated clock (the registered <see cref="TimeProvider"/>) so every answer is "as of
/// now" and never shows the future.
/// </summary>
internal static class QuotationEndpoints
{
    public const string Prefix = "/uapi/domestic-stock/v1/quotations";

    private delegate QuotationReply Handler(ISimMarketStatistics market, QuotationQuery query, DateTimeOffset now);

    /// <summary>All quotation routes with their TR IDs and paper availability.</summary>
    public static IReadOnlyList<QuotationRoute> Routes { get; } = [.. Table().Select(t => t.Route)];

    public static IEndpointRouteBuilder MapQuotationRoutes(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (route, handler) in Table())
        {
            endpoints.MapGet(route.Path, (HttpContext context) => HandleAsync(context, route, handler))
                .WithMetadata(route)
                .WithName(route.TrId);
        }

        return endpoints;
    }

    /// <summary>Runs a handler directly (tests, benchmarks): the reply for a query at an instant.</summary>
    public static QuotationReply Invoke(ISimMarketStatistics market, string trId, IReadOnlyDictionary<string, string> query, DateTimeOffset now) =>
        Table().First(t => t.Route.TrId == trId).Handler(market, QuotationQuery.From(query), now);

    private static Task HandleAsync(HttpContext context, QuotationRoute route, Handler handler)
    {
        var services = context.RequestServices;
        var market = services.GetRequiredService<ISimMarketStatistics>();
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var request = context.Request.Query;
        var query = new QuotationQuery(name => request.TryGetValue(name, out var v) ? v.ToString() : null);
        return QuotationJson.WriteAsync(context, handler(market, query, now), route.TrId);
    }

    private static IEnumerable<(QuotationRoute Route, Handler Handler)> Table() =>
    [
        (new($"{Prefix}/inquire-price", "FHKST01010100", true), PriceHandlers.InquirePrice),
        (new($"{Prefix}/inquire-ccnl", "FHKST01010300", true), PriceHandlers.InquireCcnl),
        (new($"{Prefix}/inquire-daily-itemchartprice", "FHKST03010100", true), ChartHandlers.DailyItemChart),
        (new($"{Prefix}/inquire-time-itemchartprice", "FHKST03010200", true), ChartHandlers.TimeItemChart),
        (new($"{Prefix}/inquire-overtime-price", "FHPST02300000", false), AfterHoursHandlers.OvertimePrice),
        (new($"{Prefix}/inquire-overtime-asking-price", "FHPST02300400", false), AfterHoursHandlers.OvertimeAskingPrice),
        (new($"{Prefix}/inquire-time-overtimeconclusion", "FHPST02310000", true), AfterHoursHandlers.TimeOvertimeConclusion),
        (new($"{Prefix}/inquire-daily-overtimeprice", "FHPST02320000", true), AfterHoursHandlers.DailyOvertimePrice),
        (new($"{Prefix}/inquire-index-price", "FHPUP02100000", false), IndexHandlers.IndexPrice),
        (new($"{Prefix}/inquire-daily-indexchartprice", "FHKUP03500100", true), IndexHandlers.DailyIndexChart),
        (new($"{Prefix}/volume-rank", "FHPST01710000", false), RankHandlers.VolumeRank),
        (new($"{Prefix}/chk-holiday", "CTCA0903R", false), (market, query, _) => HolidayHandlers.ChkHoliday(market, query)),
    ];
}
