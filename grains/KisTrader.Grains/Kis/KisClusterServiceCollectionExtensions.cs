using KisTrader.Grains.Storage;
using KisTrader.Kis.Auth;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Grains.Kis;

/// <summary>Wires the KIS client of a silo to the cluster's token grain and budget grain.</summary>
public static class KisClusterServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates section <c>Kis:Cluster</c> (at start: messages name the setting) and registers the grain-backed
    /// <see cref="IKisTokenStore"/> and <see cref="IKisPermitSource"/> and the secret cipher of the token grain. The token,
    /// budget and account grains journal their changes: the host registers an <c>ITradingJournal</c>. Call it
    /// <b>before</b> <c>AddKisClient</c> (registrations made first win there).
    /// </summary>
    public static IServiceCollection AddKisCluster(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<KisClusterOptions, KisClusterOptionsValidator>(configuration, KisClusterOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KisSecretCipher>();
        services.AddTradingEvents();
        services.TryAddSingleton<IKisTokenStore, GrainKisTokenStore>();
        services.TryAddSingleton<IKisPermitSource, GrainKisPermitSource>();
        return services;
    }
}
