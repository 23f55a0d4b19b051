using KisTrader.GrainInterfaces;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;
using KisTrader.Web.Clock;
using KisTrader.Web.Problems;
using KisTrader.Web.Portfolio;

namespace KisTrader.Web.Apis;

/// <summary>
/// <c>/api/portfolio/config</c> (budget, counts, allocation mode: <see cref="PortfolioConfigApi"/>), <c>GET /api/portfolio/positions?date=</c>
/// (positions with live P&amp;L: the given session's, or today's and the previous session's, plus every open one the
/// account tracks) and <c>GET /api/portfolio/allocation?date=</c> (the screen's split and the buys made of it).
/// </summary>
internal static class PortfolioApi
{
    public static void MapPortfolioApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/portfolio").WithTags("Portfolio");
        group.MapPortfolioConfig();
        group.MapGet("/positions", PositionsAsync).Produces<IReadOnlyList<PositionRow>>().ProducesValidationProblem()
            .WithSummary("Positions with live P&L (date: one entry session; default today's and the previous session's, and every open one)");
        group.MapGet("/allocation", AllocationAsync).Produces<AllocationView>().ProducesValidationProblem().ProducesProblem(404)
            .WithSummary("A session's allocation (date; default today)");
    }

    private static async Task<IResult> PositionsAsync(HttpRequest request, TradingAccount account, IClockControl clock, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request, "date");
        var date = query.Date("date");
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        var today = KrxTime.DateOf((await clock.GetAsync(cancellationToken)).Now);
        DateOnly[] dates = date is { } d ? [d] : [today, Previous(today)];
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var day in dates.Where(KrxCalendar.Default.IsTradingDay))
        {
            var board = await grains.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(day)).GetAsync();
            foreach (var s in board.Symbols.Where(s => s.HandedToPosition))
            {
                keys.Add(GrainKeys.Position(day, s.Code));
                names[s.Code] = s.Name;
            }
        }

        if (date is null && account.Key is { } accountKey)
        {
            keys.UnionWith((await grains.GetGrain<IRiskGrain>(GrainKeys.Risk(accountKey)).GetAsync()).OpenPositions);
        }

        var rows = new List<PositionRow>();
        foreach (var key in keys)
        {
            var view = await grains.GetGrain<IPositionGrain>(key).GetAsync();
            if (view.Status != PositionStatus.None)
            {
                rows.Add(PositionRow.From(view, names.GetValueOrDefault(GrainKeys.ParsePosition(key).Code)));
            }
        }

        return TypedResults.Ok(rows);
    }

    private static async Task<IResult> AllocationAsync(HttpRequest request, IClockControl clock, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request, "date");
        var date = query.Date("date");
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        var day = date ?? KrxTime.DateOf((await clock.GetAsync(cancellationToken)).Now);
        var screen = KrxCalendar.Default.IsTradingDay(day)
            ? await grains.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(day)).GetScreenAsync()
            : null;
        if (screen is null)
        {
            return Problem.NotFound($"the session of {day:yyyy-MM-dd} has no finished screen: nothing is allocated");
        }

        var board = await grains.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(day)).GetAsync();
        var watched = board.Symbols.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var rows = screen.Candidates.Where(c => screen.Selected.Contains(c.Code) || screen.Backups.Contains(c.Code) || watched.ContainsKey(c.Code))
            .Select(c =>
            {
                var w = watched.GetValueOrDefault(c.Code);
                return new AllocationRow(c.Code, c.Name, c.Role, w?.Allocation ?? screen.Allocations.GetValueOrDefault(c.Code),
                    w is { BuyPrice: { } price } ? price * w.BuyQuantity : 0m, w?.Status);
            }).ToList();
        var allocated = screen.Allocations.Values.Sum();
        return TypedResults.Ok(new AllocationView(day, allocated + screen.Unallocated, allocated, screen.Unallocated, board.Committed, rows));
    }

    private static DateOnly Previous(DateOnly day)
    {
        var d = day.AddDays(-1);
        for (var i = 0; i < 15 && !KrxCalendar.Default.IsTradingDay(d); i++)
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
