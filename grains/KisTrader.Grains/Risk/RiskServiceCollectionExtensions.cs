using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Risk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Risk;

/// <summary>Silo registrations of the risk gates, the kill switch and the reconciliation.</summary>
public static class RiskServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RiskOptions"/> (<c>KisTrader:Risk</c>, validated at start), the pure <see cref="RiskGates"/> on
    /// the strategy's price grid (the registered <see cref="StrategyOptions"/>' or the default KRX grid) and the
    /// <see cref="IOrderGate"/>. Needs the KIS client, an <see cref="ITradingJournal"/>, an <see cref="ITradeJournal"/> and an
    /// <see cref="IRiskAlertJournal"/> (the silo registers PostgreSQL or in-memory ones); uses a registered
    /// <see cref="KrxCalendar"/> and <see cref="TimeProvider"/> when present.
    /// </summary>
    public static IServiceCollection AddRisk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<RiskOptions, RiskOptionsValidator>(configuration, RiskOptions.Section);
        services.TryAddSingleton(KrxCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTradingEvents();
        services.TryAddSingleton(sp => new RiskGates(
            sp.GetRequiredService<IOptions<RiskOptions>>().Value,
            sp.GetService<StrategyOptions>() is { } strategy ? new PriceGrid(strategy.PriceGrid) : PriceGrid.Default));
        services.TryAddSingleton<IOrderGate, OrderGate>();
        return services;
    }
}
