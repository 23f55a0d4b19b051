using System.Text.Json;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// What the fuzz asks of an answer: below 500; a 4xx when the input is wrong (<see cref="FuzzCase.MustRefuse"/>); a
/// refusal as RFC 7807 problem details whose <c>status</c> is the answer's (SignalR's transport endpoints excepted).
/// </summary>
internal static class FuzzFault
{
    /// <summary>What is wrong with an answer, or null.</summary>
    public static async Task<string?> OfAsync(FuzzCase fuzz, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var brief = text.Length > 200 ? text[..200] : text;
        if (status >= 500)
        {
            return $"{status} {brief}";
        }

        if (fuzz.MustRefuse && status is < 400 or >= 500)
        {
            return $"not refused ({status})";
        }

        if (status < 400 || fuzz.Endpoint is { Hub: true })
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} without problem details ({response.Content.Headers.ContentType}) {brief}";
        }

        try
        {
            return JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32() == status ? null : $"{status} problem with another status";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{status} problem details that do not parse: {brief}";
        }
    }
}
