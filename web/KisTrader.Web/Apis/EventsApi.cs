using System.Globalization;
using KisTrader.Web.Problems;
using KisTrader.Web.Relay;

namespace KisTrader.Web.Apis;

/// <summary>
/// <c>GET /api/events?after=&lt;sequence&gt;&amp;limit=&lt;1..1000&gt;</c>: the events after a sequence, oldest first (the
/// journal with PostgreSQL, else this front end's relay buffer). A reconnecting dashboard joins the hub first, then
/// reads here from its last sequence until <c>more</c> is false, then applies the hub's events it buffered meanwhile,
/// dropping sequences it already has: nothing is lost and nothing is shown twice (README, "Live alerts").
/// </summary>
internal static class EventsApi
{
    public const int MaxLimit = 1000;

    public static void MapEventsApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/events", ReadAsync).WithTags("Events").Produces<EventPage>().ProducesValidationProblem()
            .WithSummary("The events after a sequence number (re-read after a reconnect)");

    private static async Task<IResult> ReadAsync(HttpRequest request, IEventHistory history, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var after = Number(request, "after", 0, 0, long.MaxValue, errors);
        var limit = Number(request, "limit", 200, 1, MaxLimit, errors);
        foreach (var key in request.Query.Keys.Where(k => k is not ("after" or "limit")))
        {
            errors[key] = ["is not a parameter of this endpoint (after, limit)"];
        }

        return errors.Count > 0
            ? Problem.Validation(errors)
            : TypedResults.Ok(await history.ReadAfterAsync(after, (int)limit, cancellationToken));
    }

    private static long Number(HttpRequest request, string name, long fallback, long min, long max, Dictionary<string, string[]> errors)
    {
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return fallback;
        }

        if (values.Count == 1 && long.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors[name] = [string.Create(CultureInfo.InvariantCulture, $"must be one whole number from {min} to {max}")];
        return fallback;
    }
}
