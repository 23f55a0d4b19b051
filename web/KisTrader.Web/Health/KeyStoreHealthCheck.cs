using KisTrader.Web.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KisTrader.Web.Health;

/// <summary>Ready when the API-key store answers (memory, or the PostgreSQL table).</summary>
internal sealed class KeyStoreHealthCheck(IApiKeyStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var keys = await store.ListAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{keys.Count(k => k.RevokedAt is null)} active key(s)");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the key store did not answer: {e.GetType().Name}");
        }
    }
}
