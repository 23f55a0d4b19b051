using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Grains.Realtime;

/// <summary>Silo registrations of the realtime grain (the cluster's one KIS WebSocket session).</summary>
public static class MarketDataServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>KisTrader:MarketData</c> and <c>KisTrader:Realtime</c> (at start; messages name the setting). The grain also needs, on every
    /// silo: the KIS client with its WebSocket client (<c>AddKisClient</c>, which calls <c>AddKisWebSocket</c> and provides
    /// the approval key), grain storage <c>Default</c>, a reminder service (memory or ADO.NET), and the memory stream
    /// provider <c>Streams</c> with its <c>PubSubStore</c>, and an <see cref="ITradingJournal"/> (the market-data and symbol
    /// grains journal and publish their changes through <see cref="TradingEventPublisher"/>, registered here), and the silo's <see cref="ITickDispatcher"/> (registered here). Uses the
    /// registered <see cref="TimeProvider"/> when present.
    /// </summary>
    public static IServiceCollection AddMarketData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<MarketDataOptions, MarketDataOptionsValidator>(configuration, MarketDataOptions.Section);
        services.AddValidatedOptions<RealtimeOptions, RealtimeOptionsValidator>(configuration, RealtimeOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITickDispatcher, TickDispatcher>();
        services.AddTradingEvents();
        return services;
    }
}
