using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Kis.DependencyInjection;

/// <summary>
/// The keyed <see cref="TimeProvider"/> of the KIS client's transport: the timeouts of one HTTP exchange (queries,
/// orders, tokens, hash keys, master files) and of the WebSocket (connect, PINGPONG idle watch, control replies, close).
/// It falls back to the unkeyed TimeProvider, which times everything else (token expiry, rate-limit windows, retry and
/// reconnect delays). A host on a simulated clock registers <see cref="TimeProvider.System"/> under this key, so that
/// a wire exchange is timed in real time at any speed (docs/simulated-time.md).
/// </summary>
public static class KisTimeProviders
{
    /// <summary>The service key of the transport's clock.</summary>
    public const string Transport = "KisTrader.Kis.Transport";

    /// <summary>Registers the fallback (the unkeyed TimeProvider) unless a transport clock is registered already.</summary>
    internal static void AddTransportFallback(IServiceCollection services) =>
        services.TryAddKeyedSingleton<TimeProvider>(Transport, static (sp, _) => sp.GetRequiredService<TimeProvider>());
}
