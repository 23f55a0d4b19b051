using KisTrader.Kis.Configuration;
using KisTrader.Kis.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Kis.WebSocket;

/// <summary>DI registration of the realtime client.</summary>
public static class KisWebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KisRealtimeClient"/> (singleton, also as <see cref="IKisRealtimeClient"/>) with
    /// <see cref="KisWebSocketOptions"/> bound from <c>Kis:WebSocket</c> of <paramref name="configuration"/> and validated at
    /// start. Needs an <see cref="IApprovalKeySource"/> registration (the client's auth provides it); uses the registered
    /// TimeProvider (TimeProvider.System if none). <paramref name="configure"/> runs after binding (AddKisClient fills
    /// the base URL, HTS ID, custtype and paper flag there).
    /// </summary>
    public static IServiceCollection AddKisWebSocket(this IServiceCollection services, IConfiguration configuration, Action<KisWebSocketOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddValidatedOptions<KisWebSocketOptions, KisWebSocketOptionsValidator>(configuration, KisWebSocketOptions.SectionName);
        if (configure is not null)
        {
            builder.PostConfigure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        KisTimeProviders.AddTransportFallback(services);
        services.TryAddSingleton<KisRealtimeClient>();
        services.TryAddSingleton<IKisRealtimeClient>(sp => sp.GetRequiredService<KisRealtimeClient>());
        return services;
    }
}
