using KisTrader.Web.Problems;
using KisTrader.Web.WhatIf;

namespace KisTrader.Web.Apis;

/// <summary>
/// <c>POST /api/screening/evaluate</c>: the what-if screen. Runs exactly the production screening rules
/// (<c>Screener</c>) on the stocks given, with the server's strategy and the request's partial overrides; no grain, no
/// broker, nothing stored.
/// </summary>
internal static class ScreeningApi
{
    public static void MapScreeningApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/screening").WithTags("Screening");
        group.MapPost("/evaluate", EvaluateAsync)
            .Accepts<WhatIfRequest>("application/json")
            .Produces<WhatIfResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("What-if screening of supplied data with the production rules");
    }

    private static async Task<IResult> EvaluateAsync(HttpRequest request, WhatIfOptions resolver, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<WhatIfRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var options = resolver.Resolve(body!.Options, out var optionErrors);
        if (options is null)
        {
            return Problem.Validation(optionErrors);
        }

        var errors = WhatIfValidator.Validate(body, options.Features.VolumeHistoryDays);
        return errors.Count > 0 ? Problem.Validation(errors) : TypedResults.Ok(WhatIfEvaluator.Evaluate(body, options));
    }
}
