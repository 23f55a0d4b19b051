using System.Net;
using System.Text.Json;

namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// The requests of the API secrets sweep: every GET operation of the front end's OpenAPI document, its path parameters
/// filled with the run's real values (a parameter the sweep has no value for fails the test: a new endpoint must be
/// swept too), and the answers of each (status, headers and body as text), waiting as told on 429.
/// </summary>
internal sealed class ApiSweep(HttpClient client, IReadOnlyDictionary<string, string> values)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The GET paths of <paramref name="document"/> (the OpenAPI JSON) with every path parameter filled.</summary>
    public IReadOnlyList<string> GetPaths(JsonElement document)
    {
        var paths = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            var filled = path.Name;
            foreach (var parameter in Parameters(path.Value).Concat(Parameters(get)).Where(p => p.GetProperty("in").GetString() == "path"))
            {
                var name = parameter.GetProperty("name").GetString()!;
                Assert.True(values.TryGetValue(name, out var value), $"the sweep has no value for the path parameter {name} of GET {path.Name}");
                filled = filled.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }

            Assert.DoesNotContain("{", filled, StringComparison.Ordinal);
            paths.Add(filled);
        }

        return paths;
    }

    /// <summary>One answer as text: the status line, every response and content header, the body.</summary>
    public async Task<Answer> GetAsync(string path) => await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Sends the request <paramref name="make"/> makes (again after a 429, when told to wait).</summary>
    public async Task<Answer> SendAsync(Func<HttpRequestMessage> make)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = make();
            using var response = await client.SendAsync(request, Ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 60)
            {
                // The sweep is one key's traffic like any other: past its per-key limit it waits as told and asks again.
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), Ct);
                continue;
            }

            var body = await response.Content.ReadAsStringAsync(Ct);
            var headers = string.Join('\n', response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
            return new Answer($"{request.Method} {request.RequestUri}", response.StatusCode, headers, body);
        }
    }

    private static JsonElement[] Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var list) ? [.. list.EnumerateArray()] : [];

    /// <summary>What one request answered.</summary>
    public sealed record Answer(string Request, HttpStatusCode Status, string Headers, string Body)
    {
        public bool Contains(string text) =>
            Headers.Contains(text, StringComparison.OrdinalIgnoreCase) || Body.Contains(text, StringComparison.OrdinalIgnoreCase);
    }
}
