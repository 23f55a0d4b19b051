using KisTrader.Kis.Configuration;
using KisTrader.Kis.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Kis.Master;

/// <summary>DI registration of the master-file download.</summary>
public static class MasterFileServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMasterFileSource"/> (typed HttpClient) with <see cref="MasterFileOptions"/> bound from the
    /// <c>Kis</c> section of <paramref name="configuration"/> (the root configuration) and validated at start.
    /// </summary>
    public static IServiceCollection AddKisMasterFiles(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<MasterFileOptions, MasterFileOptionsValidator>(configuration, MasterFileOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        KisTimeProviders.AddTransportFallback(services);
        services.AddHttpClient<IMasterFileSource, HttpMasterFileSource>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
