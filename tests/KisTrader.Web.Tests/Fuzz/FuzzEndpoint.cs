using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// One routed endpoint of the front end as the fuzz sees it: its route template, methods, route parameters, the JSON
/// body type it declares (<c>Accepts&lt;T&gt;</c>), whether it needs a Trader key, is anonymous, or is SignalR's.
/// </summary>
internal sealed record FuzzEndpoint(string Pattern, IReadOnlyList<string> Methods, IReadOnlyList<string> RouteParameters, Type? Body, bool Trader, bool Anonymous, bool Hub)
{
    /// <summary>A command: a non-GET endpoint, whose handler may change state.</summary>
    public bool Command => Methods.Count > 0 && !Methods.Contains("GET");

    /// <summary>The method to send: the first mapped, GET for an endpoint of any method.</summary>
    public string Method => Methods.Count > 0 ? Methods[0] : "GET";

    public override string ToString() => $"{string.Join(",", Methods)} {Pattern}";

    /// <summary>
    /// Every route endpoint of <paramref name="endpoints"/> (the app's: the API modules, health, OpenAPI, Scalar, metrics
    /// and the hub), in a stable order, so an endpoint added later is fuzzed without changing this test.
    /// </summary>
    public static IReadOnlyList<FuzzEndpoint> All(IEnumerable<Endpoint> endpoints) =>
    [
        .. endpoints.OfType<RouteEndpoint>()
            .Select(e => new FuzzEndpoint(
                "/" + (e.RoutePattern.RawText ?? "").Trim('/'),
                [.. e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []],
                [.. e.RoutePattern.Parameters.Select(p => p.Name)],
                e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == KisTrader.Web.Security.SecurityExtensions.TraderPolicy),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetMetadata<HubMetadata>() is not null || (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("hubs/", StringComparison.Ordinal)))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => string.Join(",", e.Methods), StringComparer.Ordinal),
    ];
}
