using KisTrader.Web.Problems;
using KisTrader.Web.Security;

namespace KisTrader.Web.Apis;

/// <summary>
/// API keys (Trader): <c>POST /api/keys</c> <c>{"name": "…", "role": "Viewer"}</c> makes one and answers it once;
/// <c>GET /api/keys</c> lists them (never a key or hash); <c>DELETE /api/keys/{id}</c> revokes one.
/// </summary>
internal static class KeysApi
{
    public static void MapKeysApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/keys").WithTags("Keys").RequireTrader();
        group.MapPost("", CreateAsync).Accepts<CreateKeyRequest>("application/json").Produces<CreatedKey>(201).ProducesValidationProblem().WithSummary("Make an API key (shown once)");
        group.MapGet("", ListAsync).Produces<IReadOnlyList<KeyView>>().WithSummary("The keys, without secrets");
        group.MapDelete("/{id}", RevokeAsync).ProducesProblem(404).WithSummary("Revoke a key");
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IApiKeyStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<CreateKeyRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var name = body!.Name?.Trim() ?? "";
        if (name.Length is 0 or > 64 || name.Any(char.IsControl))
        {
            errors["name"] = ["is required: 1 to 64 characters without control characters"];
        }

        if (!Enum.TryParse<ApiKeyRole>(body.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(body.Role, out _))
        {
            errors["role"] = ["must be Viewer or Trader"];
        }

        if (errors.Count > 0)
        {
            return Problem.Validation(errors);
        }

        var key = ApiKeyHasher.NewKey();
        var record = ApiKeyHasher.Hash(key, name, role, clock.GetUtcNow());
        await store.AddAsync(record, cancellationToken);
        return TypedResults.Created($"/api/keys/{record.KeyId}", new CreatedKey(record.KeyId, name, role, key));
    }

    private static async Task<IResult> ListAsync(IApiKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(k => new KeyView(k.KeyId, k.Name, k.Role, k.CreatedAt, k.RevokedAt)).ToList());

    private static async Task<IResult> RevokeAsync(string id, IApiKeyStore store, ApiKeyVerifier verifier, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
        {
            return Problem.Validation("id", "must be a key id (16 lower-case hex digits, as GET /api/keys lists them)");
        }

        if (!await store.RevokeAsync(id, clock.GetUtcNow(), cancellationToken))
        {
            return Problem.NotFound($"no active key {id}");
        }

        verifier.Forget(id);
        return TypedResults.NoContent();
    }
}

/// <summary>A key to make.</summary>
internal sealed record CreateKeyRequest(string? Name, string? Role);

/// <summary>A new key: <see cref="Key"/> is shown only in this answer.</summary>
public sealed record CreatedKey(string Id, string Name, ApiKeyRole Role, string Key);

/// <summary>A stored key without its secret.</summary>
public sealed record KeyView(string Id, string Name, ApiKeyRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
