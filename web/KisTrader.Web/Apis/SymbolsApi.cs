using KisTrader.GrainInterfaces;
using KisTrader.Web.Problems;

namespace KisTrader.Web.Apis;

/// <summary><c>GET /api/symbols/{code}</c>: one stock's listing facts, latest snapshot and latest screened features.</summary>
internal static class SymbolsApi
{
    public static void MapSymbolsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/symbols").WithTags("Symbols")
            .MapGet("/{code}", GetAsync).Produces<SymbolView>().ProducesProblem(404).ProducesValidationProblem()
            .WithSummary("One stock's detail");

    private static async Task<IResult> GetAsync(string code, IGrainFactory grains)
    {
        if (!GrainKeys.IsSymbol(code))
        {
            return Problem.Validation("code", $"must be a 6-digit KRX code such as 005930 (value '{code}')");
        }

        var view = await grains.GetGrain<ISymbolGrain>(GrainKeys.Symbol(code)).GetAsync();
        return view.Listing is null && view.Snapshot is null && view.LatestFeatures is null
            ? Problem.NotFound($"{code} is not known to the cluster (no listing, quote or screen yet)")
            : TypedResults.Ok(view);
    }
}
