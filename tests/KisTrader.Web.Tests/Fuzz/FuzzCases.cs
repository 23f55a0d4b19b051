using System.Text.RegularExpressions;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// The seeded fuzz requests for a set of endpoints: for each, requests without a key or with an unknown one, with a
/// Viewer key where a Trader one is needed, with a method it does not map, with an oversized body; bad route values;
/// junk query parameters (reads only); and poisoned JSON bodies in several content types (endpoints that take one).
/// A command (POST/DELETE) is only ever sent what its handler must refuse, so nothing can change state.
/// </summary>
internal static partial class FuzzCases
{
    public const int Seed = 20_261_207;

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=bogus",
        "application/json; charset=utf-16", "application/json; charset=\"", "multipart/form-data; boundary=x", "json",
    ];

    /// <summary>Paths nothing maps, tricks included.</summary>
    private static readonly string[] Unmapped = ["/api", "/api/nope", "/api/..%2fhealth%2flive", "/api/symbols/", "/api/sessions//screen", "/hubs", "/hubs/trading/negotiate/x"];

    public static IReadOnlyList<FuzzCase> For(IReadOnlyList<FuzzEndpoint> endpoints, long maxBody, int bodiesPerEndpoint)
    {
        var cases = new List<FuzzCase>();
        for (var i = 0; i < endpoints.Count; i++)
        {
            cases.AddRange(For(endpoints[i], new Random(Seed + i), maxBody, bodiesPerEndpoint));
        }

        cases.AddRange(Unmapped.SelectMany(p => new[] { new FuzzCase("unmapped", null, "GET", p, FuzzKey.Trader, true), new FuzzCase("unmapped", null, "POST", p, FuzzKey.Trader, true, "{}") }));
        return cases;
    }

    private static IEnumerable<FuzzCase> For(FuzzEndpoint e, Random random, long maxBody, int bodies)
    {
        var method = e.Method;
        var poison = e.Body is { } type ? () => JsonBodies.Poisoned(type, random) : (Func<string>)(() => "{\"zzUnknown\":");
        string Path() => Fill(e.Pattern, _ => random.Next(3) == 0 ? random.Pick(FuzzValues.RouteValues) : "2026-11-22");
        Func<string?> bodyOf = e.Command ? () => poison() : () => null;

        // Keys: none or unknown ⇒ 401 (health is open); a Viewer where a Trader is needed ⇒ 403.
        yield return new FuzzCase("no key", e, method, Path(), FuzzKey.None, !e.Anonymous, bodyOf());
        yield return new FuzzCase("unknown key", e, method, Path(), FuzzKey.Unknown, !e.Anonymous, bodyOf());
        if (e.Trader)
        {
            yield return new FuzzCase("viewer key", e, method, Path(), FuzzKey.Viewer, true, poison());
        }

        // A method the endpoint does not map, and a body over the limit (refused before any handler runs).
        string[] wrongMethods = e.Methods.Count > 0 ? ["PUT", "PATCH"] : [];
        foreach (var wrong in wrongMethods)
        {
            yield return new FuzzCase("wrong method", e, wrong, Path(), FuzzKey.Trader, true, "{}");
        }

        yield return new FuzzCase("oversized", e, method, Path(), FuzzKey.Trader, true, new string(' ', (int)maxBody + 1) + "{}");
        if (e.Hub)
        {
            foreach (var name in new[] { "id", "negotiateVersion", "zz" })
            {
                yield return new FuzzCase("hub query", e, method, $"{Path()}?{name}={random.Pick(FuzzValues.QueryValues)}", FuzzKey.Trader, false, bodyOf());
            }

            yield break;
        }

        // Bad route values, one parameter at a time.
        foreach (var parameter in e.RouteParameters)
        {
            foreach (var value in FuzzValues.RouteValues)
            {
                // The reference UI's shell (Scalar) answers its page for any document name; the page's fetch of
                // /openapi/<name>.json is the request that is refused.
                yield return new FuzzCase("route", e, method, Fill(e.Pattern, p => p == parameter ? value : "2026-11-22"), FuzzKey.Trader, !e.Pattern.StartsWith("/scalar", StringComparison.Ordinal), bodyOf());
            }
        }

        // Junk query parameters on reads (an endpoint that reads no query may ignore them: no 5xx is asked).
        if (!e.Command)
        {
            for (var q = 0; q < 16; q++)
            {
                var query = string.Join('&', Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"{random.Pick(FuzzValues.QueryNames)}={random.Pick(FuzzValues.QueryValues)}"));
                yield return new FuzzCase("query", e, method, $"{Path()}?{query}", FuzzKey.Trader, false);
            }

            yield return new FuzzCase("query huge", e, method, $"{Path()}?date={new string((char)('a' + random.Next(26)), 4000)}", FuzzKey.Trader, false);
        }

        if (e.Body is null)
        {
            yield break;
        }

        for (var b = 0; b < bodies; b++)
        {
            yield return new FuzzCase("body", e, method, Path(), FuzzKey.Trader, true, poison());
        }

        foreach (var contentType in ContentTypes)
        {
            yield return new FuzzCase("content type", e, method, Path(), FuzzKey.Trader, true, poison(), contentType);
        }

        yield return new FuzzCase("no content type", e, method, Path(), FuzzKey.Trader, true, poison(), null);
        yield return new FuzzCase("no body", e, method, Path(), FuzzKey.Trader, true);
        // Just over the limit (maxBody + 3 bytes): the client has sent it all when the server refuses it, so the refusal is read.
        yield return new FuzzCase("oversized chunked", e, method, Path(), FuzzKey.Trader, true, "[" + string.Join(',', Enumerable.Repeat("1", (int)(maxBody / 2) + 1)) + "]", Chunked: true);
    }

    /// <summary>The route template with each parameter's value (catch-all and optional markers dropped).</summary>
    private static string Fill(string pattern, Func<string, string> value) =>
        Parameter().Replace(pattern, m => value(m.Groups["name"].Value));

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
