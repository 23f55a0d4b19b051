using System.Text.Json;
using System.Text.RegularExpressions;
using KisTrader.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// Where the fuzz's endpoint list comes from. The front end under test is another process, whose routing table cannot
/// be read: the list is the app's own — the front end's composition and mapping (<c>AddKisTraderFrontEndAsync</c>,
/// <c>UseKisTraderFrontEnd</c>, <c>MapKisTraderApis</c>, as Program.cs calls them) built in this process, never started
/// (client mode, nothing connects), its endpoint data sources read — and <see cref="Undocumented"/> checks it against
/// what the process serves: every operation of the process's own <c>/openapi/v1.json</c> is in the list and every API
/// route of the list is in the document. (HttpFuzzTests also asserts the process answers each listed protected route
/// without a key with 401, not 404: it serves them.)
/// </summary>
internal static partial class FuzzRoutes
{
    public static async Task<IReadOnlyList<FuzzEndpoint>> OfTheAppAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(WebHostOptions).Assembly.GetName().Name });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KisTrader:Web:Mode"] = "Client",
            ["KisTrader:Web:Client:Clustering"] = "Localhost",
            ["KISTRADER_ADMIN_KEY"] = "fuzz-routes-never-started-0123456789",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await builder.AddKisTraderFrontEndAsync(TestContext.Current.CancellationToken);
        await using var app = builder.Build();
        app.UseKisTraderFrontEnd();
        app.MapKisTraderApis();
        return FuzzEndpoint.All(((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints));
    }

    /// <summary>
    /// The differences between the process's OpenAPI document (<paramref name="document"/>) and <paramref name="endpoints"/>:
    /// "METHOD /path" lines of operations the list lacks, and of listed <c>/api</c> routes the document lacks.
    /// </summary>
    public static IReadOnlyList<string> Undocumented(JsonElement document, IReadOnlyList<FuzzEndpoint> endpoints)
    {
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(o => $"{o.Name.ToUpperInvariant()} {Template(p.Name)}"))
            .ToHashSet(StringComparer.Ordinal);
        var listed = endpoints.SelectMany(e => e.Methods.Select(m => $"{m} {Template(e.Pattern)}")).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. documented.Except(listed).Select(o => "served, not listed: " + o),
            .. listed.Where(o => o.Split(' ')[1].StartsWith("/api/", StringComparison.Ordinal)).Except(documented).Select(o => "listed, not in the process's document: " + o),
        ];
    }

    /// <summary>A route template without parameter constraints, defaults or optional marks: <c>/api/x/{id}</c>.</summary>
    private static string Template(string pattern) => Constraint().Replace("/" + pattern.Trim('/'), m => "{" + m.Groups["name"].Value + "}");

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Constraint();
}
