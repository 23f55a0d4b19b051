using System.Security.Claims;
using KisTrader.GrainInterfaces;
using KisTrader.Web.Problems;
using KisTrader.Web.Security;
using KisTrader.Web.Portfolio;

namespace KisTrader.Web.Apis;

/// <summary>
/// The traded account's kill switch (its <see cref="IRiskGrain"/>): <c>GET /api/control/kill-switch</c>, and (Trader)
/// <c>POST …/halt-entries</c>, <c>…/flatten</c>, <c>…/resume</c> with <c>{"reason"}</c>; the grain journals each change
/// with who (the API key's name) and why, and publishes it.
/// </summary>
internal static class KillSwitchApi
{
    public static void MapKillSwitchApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/control/kill-switch").WithTags("Control");
        group.MapGet("", GetAsync).Produces<RiskView>().ProducesProblem(503).WithSummary("The kill switch and the account's risk state");
        group.MapPost("/halt-entries", (HttpRequest r, ClaimsPrincipal u, TradingAccount a, IGrainFactory g, CancellationToken ct) =>
                ChangeAsync(r, u, a, g, (risk, who, why) => risk.HaltEntriesAsync(who, why), ct))
            .RequireTrader().Accepts<ReasonRequest>("application/json").Produces<RiskView>().ProducesValidationProblem()
            .WithSummary("Kill switch: halt new entries (open buys cancelled, exits continue)");
        group.MapPost("/flatten", (HttpRequest r, ClaimsPrincipal u, TradingAccount a, IGrainFactory g, CancellationToken ct) =>
                ChangeAsync(r, u, a, g, (risk, who, why) => risk.FlattenAsync(who, why), ct))
            .RequireTrader().Accepts<ReasonRequest>("application/json").Produces<RiskView>().ProducesValidationProblem()
            .WithSummary("Kill switch: halt entries and sell every open position");
        group.MapPost("/resume", (HttpRequest r, ClaimsPrincipal u, TradingAccount a, IGrainFactory g, CancellationToken ct) =>
                ChangeAsync(r, u, a, g, (risk, who, why) => risk.ResumeAsync(who, why), ct))
            .RequireTrader().Accepts<ReasonRequest>("application/json").Produces<RiskView>().ProducesValidationProblem()
            .WithSummary("Kill switch: back to trading (a reconciliation halt stays)");
    }

    /// <summary>The problem when this front end does not know the traded account.</summary>
    internal static IResult NoAccount() =>
        Problem.Unavailable("this front end is not told the traded account: set Kis:AccountNumber (and Kis:AccountProductCode) as the silos have it");

    private static async Task<IResult> GetAsync(TradingAccount account, IGrainFactory grains) =>
        account.Key is not { } key ? NoAccount() : TypedResults.Ok(await grains.GetGrain<IRiskGrain>(GrainKeys.Risk(key)).GetAsync());

    private static async Task<IResult> ChangeAsync(
        HttpRequest request, ClaimsPrincipal user, TradingAccount account, IGrainFactory grains,
        Func<IRiskGrain, string, string, Task<RiskView>> change, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<ReasonRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (Requester.Reason(body!.Reason, out var reason) is { } bad)
        {
            return bad;
        }

        return account.Key is not { } key
            ? NoAccount()
            : TypedResults.Ok(await change(grains.GetGrain<IRiskGrain>(GrainKeys.Risk(key)), Requester.Of(user), reason));
    }
}
