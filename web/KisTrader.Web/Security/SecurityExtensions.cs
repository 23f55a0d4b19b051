using System.Globalization;
using System.Threading.RateLimiting;
using KisTrader.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Npgsql;

namespace KisTrader.Web.Security;

/// <summary>Authentication (API keys), authorization (roles), the per-key rate limiter and CORS.</summary>
internal static class SecurityExtensions
{
    public const string TraderPolicy = "trader";
    public const string CorsPolicy = "frontends";

    public static void AddKisTraderSecurity(this IServiceCollection services, WebHostOptions options, bool database)
    {
        if (database)
        {
            services.AddSingleton<IApiKeyStore>(sp => new PostgresApiKeyStore(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            services.AddSingleton<IApiKeyStore, InMemoryApiKeyStore>();
        }

        services.AddSingleton<ApiKeyVerifier>();
        services.AddSingleton<ApiKeyBootstrap>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().Build())
            .AddPolicy(TraderPolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireRole(nameof(ApiKeyRole.Trader)));
        services.AddRateLimiter(limiter =>
        {
            var limits = options.RateLimit;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var keyId = context.User.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value;
                return keyId is not null
                    ? RateLimitPartition.GetFixedWindowLimiter("key:" + keyId, _ => Window(limits.PermitsPerWindow, limits.Window))
                    : RateLimitPartition.GetFixedWindowLimiter("ip:" + context.Connection.RemoteIpAddress, _ => Window(limits.AnonymousPermitsPerWindow, limits.Window));
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limits.Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = $"this key's limit is {limits.PermitsPerWindow} requests per {limits.Window}; retry after {seconds} s" },
                });
            };
        });
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            // No origin configured: no cross-origin browser access at all.
            if (options.Origins.Length > 0)
            {
                policy.WithOrigins(options.Origins).WithMethods("GET", "POST", "DELETE").WithHeaders("Authorization", "Content-Type", ApiKeyAuthentication.HeaderName);
            }
        }));
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    /// <summary>A route only a Trader key may use.</summary>
    public static TBuilder RequireTrader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(TraderPolicy);
}
