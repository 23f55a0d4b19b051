using System.Net;
using System.Text.Json;

namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>Reads RFC 7807 answers.</summary>
internal static class Problems
{
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The messages of a validation problem for <paramref name="key"/>, all joined.</summary>
    public static string Errors(JsonElement problem, string key) =>
        problem.GetProperty("errors").TryGetProperty(key, out var messages)
            ? string.Join(" | ", messages.EnumerateArray().Select(m => m.GetString()))
            : throw new Xunit.Sdk.XunitException($"no error for '{key}' in {problem}");
}
