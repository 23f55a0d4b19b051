using System.Text.Json;
using System.Text.Json.Serialization;

namespace KisTrader.Web.Problems;

/// <summary>
/// Reads a JSON request body strictly (unknown fields refused, numbers only as numbers) and turns every way it can be
/// wrong into an RFC 7807 answer: 415 not JSON (or an unknown charset), 413 too large, 400 malformed or of the wrong type (keyed by its path).
/// </summary>
internal static class JsonBody
{
    /// <summary>The reader's settings: web defaults (camelCase, case-insensitive) made strict.</summary>
    public static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be JSON",
                detail: "send Content-Type: application/json"));
        }

        try
        {
            var value = await request.ReadFromJsonAsync<T>(Strict, cancellationToken);
            return value is null
                ? (null, Problem.Validation("body", "is required (a JSON object)"))
                : (value, null);
        }
        catch (JsonException e)
        {
            var path = e.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
            var message = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "holds a field that is not part of the request (check the spelling)"
                : e.Message.Contains("could not be converted", StringComparison.Ordinal)
                    ? "has a value of the wrong type (numbers as JSON numbers, whole numbers where volumes are asked)"
                    : "is not valid JSON";
            return (null, Problem.Validation(path, message));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problem.TooLarge());
        }
        catch (InvalidOperationException e) when (e.InnerException is ArgumentException)
        {
            // The reader's answer to a charset no encoding has (Content-Type: application/json; charset=bogus).
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body's charset is not supported",
                detail: "send Content-Type: application/json (UTF-8, or a charset .NET knows)"));
        }
    }
}
