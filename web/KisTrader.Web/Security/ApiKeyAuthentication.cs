using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using KisTrader.Web.Hubs;
using Microsoft.Extensions.Options;

namespace KisTrader.Web.Security;

/// <summary>
/// The API-key scheme: <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>, and on the hub also <c>?access_token=&lt;key&gt;</c>. The principal carries the key's
/// id (<see cref="KeyIdClaim"/>), its name and its role. Challenges and refusals answer 401/403 with problem details.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyVerifier verifier,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "kistrader:key_id";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Presented(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var record = await verifier.VerifyAsync(key, Context.RequestAborted);
        if (record is null)
        {
            return AuthenticateResult.Fail("unknown or revoked API key");
        }

        var identity = new ClaimsIdentity(
            [new Claim(KeyIdClaim, record.KeyId), new Claim(ClaimTypes.Name, record.Name), new Claim(ClaimTypes.Role, record.Role.ToString())],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 401, Title = "An API key is required", Detail = $"send a valid key as 'Authorization: Bearer <key>' or '{HeaderName}: <key>'" },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 403, Title = "This key may not do that", Detail = "control and trading need a key with the Trader role" },
        });
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        var key = request.Headers[HeaderName].ToString();
        if (key.Length > 0)
        {
            return key.Trim();
        }

        // Browsers cannot set headers on WebSockets (nor on server-sent events): the hub takes the key from the query.
        var token = request.Query["access_token"].ToString();
        return token.Length > 0 && request.Path.StartsWithSegments(LiveExtensions.HubPath, StringComparison.OrdinalIgnoreCase) ? token.Trim() : null;
    }
}
