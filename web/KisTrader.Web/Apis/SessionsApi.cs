using System.Globalization;
using System.Security.Claims;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Calendar;
using KisTrader.Web.Problems;
using KisTrader.Web.Security;

namespace KisTrader.Web.Apis;

/// <summary>
/// A trading session's screen: <c>GET /api/sessions/{date}</c> (its status and the trading day before), <c>GET /api/sessions/{date}/screen</c> (the
/// finished screen: candidates with six values and sub-scores, level trail, selection, allocation, exclusions by reason),
/// <c>POST /api/sessions/{date}/screening</c> (run now, Trader; the session's own rules decide whether it may).
/// </summary>
internal static class SessionsApi
{
    public static void MapSessionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sessions/{date}").WithTags("Sessions");
        group.MapGet("", StatusAsync).Produces<SessionStatusAnswer>().ProducesProblem(404).WithSummary("A session's state and finished funnel stages");
        group.MapGet("/screen", ScreenAsync).Produces<ScreenView>().ProducesProblem(404).WithSummary("The session's finished screen");
        group.MapPost("/screening", RunAsync).RequireTrader().Produces<ScreeningCommandResult>(202).ProducesProblem(409).ProducesValidationProblem()
            .WithSummary("Run the day's screen now (manual start)");
    }

    private static async Task<IResult> StatusAsync(string date, IGrainFactory grains) =>
        Date(date, out var day) is { } problem ? problem : TypedResults.Ok(SessionStatusAnswer.From(await grains.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(day)).GetStatusAsync()));

    private static async Task<IResult> ScreenAsync(string date, IGrainFactory grains)
    {
        if (Date(date, out var day) is { } problem)
        {
            return problem;
        }

        var screen = await grains.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(day)).GetScreenAsync();
        return screen is null ? Problem.NotFound($"the session of {date} has no finished screen yet (see GET /api/sessions/{date})") : TypedResults.Ok(screen);
    }

    private static async Task<IResult> RunAsync(string date, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (Date(date, out var day) is { } problem)
        {
            return problem;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<RunScreeningRequest>(request, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var reason = body!.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > ScreeningCommand.MaxReasonLength || reason.Any(char.IsControl))
        {
            return Problem.Validation("reason", $"is required: 1 to {ScreeningCommand.MaxReasonLength} characters without control characters");
        }

        var who = $"api:{user.Identity?.Name ?? "?"}";
        var result = await grains.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(day))
            .StartManualScreeningAsync(new ScreeningCommand(who[..Math.Min(who.Length, ScreeningCommand.MaxRequestedByLength)], reason));
        return result.Accepted
            ? TypedResults.Accepted($"/api/sessions/{date}", result)
            : Problem.Conflict("The screen was not started", result.Refusal ?? "refused by the session");
    }

    /// <summary>A KRX trading day as yyyy-MM-dd, or the problem saying why not.</summary>
    internal static IResult? Date(string text, out DateOnly day)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) || day.Year is < 2000 or > 2100)
        {
            return Problem.Validation("date", $"must be a date yyyy-MM-dd between 2000 and 2100 (value '{text}')");
        }

        return KrxCalendar.Default.IsTradingDay(day) ? null : Problem.NotFound($"{text} is not a KRX trading day: there is no session");
    }
}

/// <summary>The body of a manual screen: why (journaled with the key's name).</summary>
internal sealed record RunScreeningRequest(string? Reason);
