using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Accounts;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Gateway;
using KisTrader.Kis.Simulator.Metrics;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Auth;

/// <summary>
/// POST /oauth2/tokenP, /oauth2/revokeP, /oauth2/Approval and /uapi/hashkey (kis-api.md §2.1–§2.4). oauth2 errors are
/// HTTP 403 <c>{"error_description","error_code"}</c>; hashkey errors use the REST envelope.
/// </summary>
internal static class AuthEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSimAuth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/oauth2/tokenP", TokenAsync);
        endpoints.MapPost("/oauth2/revokeP", RevokeAsync);
        endpoints.MapPost("/oauth2/Approval", ApprovalAsync);
        endpoints.MapPost("/uapi/hashkey", HashKeyAsync);
        return endpoints;
    }

    private static async Task TokenAsync(HttpContext context, AccountRegistry accounts, TokenStore tokens, SimMetrics metrics, TimeProvider clock)
    {
        var body = await ReadObjectAsync(context).ConfigureAwait(false);
        AccountIdentity? account = null;
        var failure = CheckGrant(body) ?? Authenticate(accounts, body, "appsecret", out account);
        if (failure is not null)
        {
            await RejectAsync(context, metrics, failure).ConfigureAwait(false);
            return;
        }

        var now = clock.GetUtcNow();
        var issue = tokens.Issue(account!.AppKey, now);
        if (issue.Throttled)
        {
            await RejectAsync(context, metrics, KisGatewayCodes.TokenThrottled).ConfigureAwait(false);
            return;
        }

        if (issue.Reused)
        {
            metrics.TokenReused();
        }
        else
        {
            metrics.TokenIssued();
        }

        var token = issue.Token!;
        var reply = new JsonObject
        {
            ["access_token"] = token.Value,
            ["access_token_token_expired"] = Kst.FormatDateTime(token.ExpiresAt),
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)Math.Floor((token.ExpiresAt - now).TotalSeconds),
        };
        await KisEnvelope.WriteAsync(context, reply, StatusCodes.Status200OK, null).ConfigureAwait(false);
    }

    private static async Task RevokeAsync(HttpContext context, AccountRegistry accounts, TokenStore tokens, SimMetrics metrics)
    {
        var body = await ReadObjectAsync(context).ConfigureAwait(false);
        var failure = Authenticate(accounts, body, "appsecret", out var account);
        if (failure is null && !tokens.Revoke(account!.AppKey, Text(body!, "token") ?? string.Empty))
        {
            failure = KisGatewayCodes.TokenInvalid;
        }

        if (failure is not null)
        {
            await RejectAsync(context, metrics, failure).ConfigureAwait(false);
            return;
        }

        metrics.TokenRevoked();
        // kis-api.md §2.2: "code" is a number here, unlike everywhere else.
        var reply = new JsonObject { ["code"] = 200, ["message"] = "접근토큰 폐기에 성공하였습니다" };
        await KisEnvelope.WriteAsync(context, reply, StatusCodes.Status200OK, null).ConfigureAwait(false);
    }

    private static async Task ApprovalAsync(HttpContext context, AccountRegistry accounts, ApprovalKeyStore approvals, AppKeyRateLimiter limiter, SimMetrics metrics, TimeProvider clock)
    {
        var body = await ReadObjectAsync(context).ConfigureAwait(false);
        // The approval call takes the secret as "secretkey", not "appsecret" (kis-api.md §2.3).
        AccountIdentity? account = null;
        var failure = CheckGrant(body) ?? Authenticate(accounts, body, "secretkey", out account);
        if (failure is not null)
        {
            await RejectAsync(context, metrics, failure).ConfigureAwait(false);
            return;
        }

        var info = approvals.Issue(account!, clock.GetUtcNow(), limiter.Clock);
        if (info is null)
        {
            await RejectAsync(context, metrics, KisGatewayCodes.ApprovalThrottled).ConfigureAwait(false);
            return;
        }

        metrics.ApprovalKeyIssued();
        await KisEnvelope.WriteAsync(context, new JsonObject { ["approval_key"] = info.ApprovalKey }, StatusCodes.Status200OK, null).ConfigureAwait(false);
    }

    /// <summary>HASH = lowercase hex SHA-256 of the raw request body; BODY echoes it (the gateway checks a sent hashkey header against the same hash).</summary>
    private static async Task HashKeyAsync(HttpContext context, AccountRegistry accounts, AppKeyRateLimiter limiter, SimMetrics metrics, IOptions<GatewayOptions> gateway)
    {
        var status = gateway.Value.BusinessErrorStatus;
        var headers = context.Request.Headers;
        var appKey = headers["appkey"].ToString();
        var appSecret = headers["appsecret"].ToString();
        KisCode? failure = appKey.Length == 0 ? KisGatewayCodes.AppKeyMissing
            : appSecret.Length == 0 ? KisGatewayCodes.AppSecretMissing
            : accounts.Check(appKey, appSecret, admit: true, out _) switch
            {
                CredentialCheck.UnknownKey => KisGatewayCodes.AppKeyInvalid,
                CredentialCheck.WrongSecret => KisGatewayCodes.AppSecretInvalid,
                _ => null,
            };
        if (failure is null && !limiter.TryAcquire(appKey, accounts.Find(appKey)!.Profile))
        {
            failure = KisGatewayCodes.RateLimited;
        }

        var raw = failure is null ? await ReadBytesAsync(context).ConfigureAwait(false) : null;
        JsonNode? parsed = null;
        if (raw is not null)
        {
            try
            {
                parsed = JsonNode.Parse(raw);
            }
            catch (JsonException)
            {
                failure = KisGatewayCodes.BadRequest;
            }
        }

        if (failure is not null)
        {
            metrics.AuthRejected(failure.Code);
            await KisEnvelope.WriteErrorAsync(context, failure, status).ConfigureAwait(false);
            return;
        }

        metrics.HashKeyIssued();
        var reply = new JsonObject { ["BODY"] = parsed, ["HASH"] = HashOf(raw!) };
        await KisEnvelope.WriteAsync(context, reply, StatusCodes.Status200OK, null).ConfigureAwait(false);
    }

    public static string HashOf(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private static KisCode? CheckGrant(JsonObject? body) => body is null
        ? KisGatewayCodes.BadRequest
        : Text(body, "grant_type") switch
        {
            null or "" => KisGatewayCodes.GrantMissing,
            "client_credentials" => null,
            _ => KisGatewayCodes.GrantInvalid,
        };

    private static KisCode? Authenticate(AccountRegistry accounts, JsonObject? body, string secretField, out AccountIdentity? account)
    {
        account = null;
        if (body is null)
        {
            return KisGatewayCodes.BadRequest;
        }

        var appKey = Text(body, "appkey");
        var secret = Text(body, secretField);
        if (string.IsNullOrEmpty(appKey))
        {
            return KisGatewayCodes.AppKeyMissing;
        }

        if (string.IsNullOrEmpty(secret))
        {
            return KisGatewayCodes.AppSecretMissing;
        }

        var check = accounts.Check(appKey, secret, admit: true, out account);
        if (check != CredentialCheck.Ok)
        {
            return check == CredentialCheck.UnknownKey ? KisGatewayCodes.AppKeyInvalid : KisGatewayCodes.AppSecretInvalid;
        }

        return account!.Profile == accounts.ServerProfile ? null
            : accounts.ServerProfile == SimProfile.Real ? KisGatewayCodes.PaperKeyOnReal
            : KisGatewayCodes.RealKeyOnPaper;
    }

    private static Task RejectAsync(HttpContext context, SimMetrics metrics, KisCode code)
    {
        metrics.AuthRejected(code.Code);
        return KisEnvelope.WriteOAuthErrorAsync(context, code);
    }

    private static string? Text(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        var raw = await ReadBytesAsync(context).ConfigureAwait(false);
        if (raw is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(raw) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The request body, or null when it is larger than 64 KiB.</summary>
    private static async Task<byte[]?> ReadBytesAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
