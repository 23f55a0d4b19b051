using KisTrader.Web.Apis;
using KisTrader.Web.Health;
using KisTrader.Web.Hubs;
using KisTrader.Web.Problems;
using KisTrader.Web.Security;
using KisTrader.Web.Telemetry;
using Scalar.AspNetCore;

namespace KisTrader.Web.Hosting;

/// <summary>The request pipeline and the endpoints.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Errors as problem details, security headers, HSTS outside development, body limit, CORS, auth, rate limit.</summary>
    public static WebApplication UseKisTraderFrontEnd(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        // The dashboard's files are public (they hold no data: every call they make needs a key).
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseMiddleware<BodySizeLimit>();
        app.UseCors(SecurityExtensions.CorsPolicy);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Health (no key), OpenAPI and its reference page, and the API modules.</summary>
    public static WebApplication MapKisTraderApis(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapKisTraderHealth();
        // Only the document that exists: any other name finds no endpoint and answers 404 problem details (the
        // OpenAPI endpoint's own 404 is plain text).
        app.MapOpenApi("/openapi/{documentName:regex(^v1$)}.json");
        app.MapScalarApiReference();
        app.MapScreeningApi();
        app.MapSessionsApi();
        app.MapSymbolsApi();
        app.MapSystemApi();
        app.MapControlApi();
        app.MapKillSwitchApi();
        app.MapTradingApi();
        app.MapPortfolioApi();
        app.MapMonitoringApi();
        app.MapPerformanceApi();
        app.MapKeysApi();
        app.MapEventsApi();
        app.MapKisTraderMetrics(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebHostOptions>>().Value.Telemetry);
        // A hub connection is one authenticated request stream: long-polling transports would spend a key's request
        // permits on every poll, so the per-key HTTP limit does not apply to the hub (its messages are size-limited).
        app.MapHub<TradingHub>(LiveExtensions.HubPath).DisableRateLimiting();
        return app;
    }
}
