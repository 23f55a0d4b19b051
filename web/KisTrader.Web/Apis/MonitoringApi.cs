using KisTrader.GrainInterfaces;
using KisTrader.Web.Problems;
using KisTrader.Web.Portfolio;

namespace KisTrader.Web.Apis;

/// <summary>
/// <c>GET /api/monitoring/after-hours/{date}</c>: the session's after-hours board (<see cref="IAfterHoursGrain"/>), and
/// <c>GET /api/monitoring/quotes/{code}</c>: a symbol's latest quote snapshot.
/// </summary>
internal static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/monitoring").WithTags("Monitoring");
        group.MapGet("/after-hours/{date}", BoardAsync).Produces<AfterHoursBoard>().ProducesValidationProblem().ProducesProblem(404)
            .WithSummary("The after-hours board: per symbol the close, observed price, change, threshold and checkpoint results");
        group.MapGet("/quotes/{code}", QuoteAsync).Produces<SymbolSnapshot>().ProducesValidationProblem().ProducesProblem(404)
            .WithSummary("A symbol's latest quote snapshot");
    }

    private static async Task<IResult> BoardAsync(string date, IGrainFactory grains)
    {
        if (SessionsApi.Date(date, out var day) is { } problem)
        {
            return problem;
        }

        var view = await grains.GetGrain<IAfterHoursGrain>(GrainKeys.AfterHours(day)).GetAsync();
        return view.Started
            ? TypedResults.Ok(AfterHoursBoard.From(view))
            : Problem.NotFound($"the after-hours board of {date} has not started (it starts from the session's finished screen)");
    }

    private static async Task<IResult> QuoteAsync(string code, IGrainFactory grains)
    {
        if (!GrainKeys.IsSymbol(code))
        {
            return Problem.Validation("code", $"must be a 6-digit KRX code such as 005930 (value '{code}')");
        }

        var view = await grains.GetGrain<ISymbolGrain>(GrainKeys.Symbol(code)).GetAsync();
        return view.Snapshot is { } snapshot ? TypedResults.Ok(snapshot) : Problem.NotFound($"{code} has no quote yet");
    }
}
