using System.Security.Claims;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Web.Portfolio;
using KisTrader.Web.Problems;
using KisTrader.Web.Security;

namespace KisTrader.Web.Apis;

/// <summary>
/// <c>/api/portfolio/config</c>: GET the effective budget, counts and mode and where each comes from; (Trader) PUT the
/// account's overrides with a reason, DELETE them (back to the configured defaults). The account's
/// <see cref="IPortfolioConfigGrain"/> validates with the strategy options' rules, journals who and why and publishes;
/// the next screen allocates with it, a screened session keeps its own.
/// </summary>
internal static class PortfolioConfigApi
{
    private const string ResetReason = "back to the configured defaults";

    public static void MapPortfolioConfig(this RouteGroupBuilder group)
    {
        group.MapGet("/config", GetAsync).Produces<PortfolioConfigAnswer>()
            .WithSummary("The effective portfolio settings (budget, counts, allocation mode) and where each comes from");
        group.MapPut("/config", PutAsync).RequireTrader().Accepts<PortfolioConfigRequest>("application/json")
            .Produces<PortfolioConfigAnswer>().ProducesValidationProblem().ProducesProblem(413).ProducesProblem(503)
            .WithSummary("Override the account's portfolio settings for the next screens (fields left out or null follow the defaults)");
        group.MapDelete("/config", DeleteAsync).RequireTrader().Produces<PortfolioConfigAnswer>().ProducesValidationProblem().ProducesProblem(503)
            .WithSummary("Back to the configured defaults (reason: optional query parameter)");
    }

    private static async Task<IResult> GetAsync(TradingAccount account, PortfolioConfig defaults, IGrainFactory grains) =>
        account.Key is not { } key
            ? TypedResults.Ok(PortfolioConfigAnswer.From(defaults))
            : TypedResults.Ok(PortfolioConfigAnswer.From(await Grain(grains, key).GetAsync()));

    private static async Task<IResult> PutAsync(HttpRequest request, ClaimsPrincipal user, TradingAccount account, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<PortfolioConfigRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (Requester.Reason(body!.Reason, out var reason) is { } bad)
        {
            return bad;
        }

        AllocationMode? mode = null;
        if (body.AllocationMode is { } text)
        {
            if (!Enum.TryParse<AllocationMode>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || text.Any(char.IsDigit))
            {
                return Problem.Validation("allocationMode", $"must be one of {string.Join(", ", Enum.GetNames<AllocationMode>())}");
            }

            mode = parsed;
        }

        if (account.Key is not { } key)
        {
            return KillSwitchApi.NoAccount();
        }

        var overrides = new PortfolioOverrides(body.SessionBudget, body.SelectedCount, body.BackupCount, mode);
        return Answer(await Grain(grains, key).SetAsync(overrides, Requester.Of(user), reason));
    }

    private static async Task<IResult> DeleteAsync(HttpRequest request, ClaimsPrincipal user, TradingAccount account, IGrainFactory grains)
    {
        var text = request.Query["reason"].ToString();
        var reason = ResetReason;
        if (text.Length > 0 && Requester.Reason(text, out reason) is { } bad)
        {
            return bad;
        }

        return account.Key is not { } key
            ? KillSwitchApi.NoAccount()
            : Answer(await Grain(grains, key).ResetAsync(Requester.Of(user), reason));
    }

    private static IPortfolioConfigGrain Grain(IGrainFactory grains, string accountKey) =>
        grains.GetGrain<IPortfolioConfigGrain>(GrainKeys.PortfolioConfig(accountKey));

    private static IResult Answer(PortfolioConfigResult result)
    {
        if (result.Accepted)
        {
            return TypedResults.Ok(PortfolioConfigAnswer.From(result.View));
        }

        // "Strategy:Screening:Selection:SelectedCount: The field … (value: 0)": keyed by the request's field.
        var errors = result.Errors
            .GroupBy(Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return Problem.Validation(errors);
    }

    private static string Field(string error)
    {
        var path = error.Split(": ", 2)[0];
        return path[(path.LastIndexOf(':') + 1)..] switch
        {
            "SessionBudget" => "sessionBudget",
            "SelectedCount" => "selectedCount",
            "BackupCount" or "Selection" => "backupCount",
            "Mode" => "allocationMode",
            _ => "body",
        };
    }
}
