using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Storage;

/// <summary>Registers the event publisher every state-changing grain uses.</summary>
public static class TradingEventServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TradingEventPublisher"/> (once; <c>AddKisCluster</c>, <c>AddTradingSessions</c>, <c>AddMarketData</c> and
    /// <c>AddScheduling</c> call it). It needs an <see cref="ITradingJournal"/> when a grain first uses it — a silo
    /// registers one (PostgreSQL, or the in-memory journal in simulator mode without a database) — and publishes on the
    /// silo's stream provider <c>ProviderNames.Streams</c> when there is one. The registration is a factory so that a
    /// process that only uses the KIS adapters without grains (e.g. a front end's client) needs no journal.
    /// </summary>
    public static IServiceCollection AddTradingEvents(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new TradingEventPublisher(
            sp.GetRequiredService<ITradingJournal>(), sp, sp.GetRequiredService<ILogger<TradingEventPublisher>>()));
        return services;
    }
}
