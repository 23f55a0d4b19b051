using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

using KisTrader.Web.Problems;

namespace KisTrader.Web.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (cluster, key store, clock, KIS reachability, the co-hosted silo's schedule started), without a key.</summary>
internal static class HealthExtensions
{
    private const string Ready = "ready";

    public static IServiceCollection AddKisTraderHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster", tags: [Ready])
            .AddCheck<KeyStoreHealthCheck>("storage", tags: [Ready])
            .AddCheck<ClockHealthCheck>("clock", tags: [Ready])
            .AddCheck<KisHealthCheck>("kis", tags: [Ready])
            .AddCheck<ScheduleHealthCheck>("schedule", tags: [Ready]);
        return services;
    }

    public static void MapKisTraderHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonBody.Strict, context.RequestAborted);
    }
}
