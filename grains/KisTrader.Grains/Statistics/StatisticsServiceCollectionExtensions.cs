using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Trading.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Statistics;

/// <summary>Silo registrations of the statistics.</summary>
public static class StatisticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TradingStatistics"/> with the registered <see cref="StrategyOptions"/>' performance settings and
    /// session budget (the defaults when the host registered none). Needs an <see cref="ITradingJournal"/>, an
    /// <see cref="ITradeJournal"/> and an <see cref="IDailyStatisticsStore"/>; uses a registered <see cref="TimeProvider"/> and, when one is registered, the
    /// <see cref="IAfterHoursJournal"/> (the checkpoint hit rates).
    /// </summary>
    public static IServiceCollection AddTradingStatistics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var strategy = sp.GetService<StrategyOptions>() ?? new StrategyOptions();
            return new TradingStatistics(
                sp.GetRequiredService<ITradingJournal>(),
                sp.GetRequiredService<ITradeJournal>(),
                sp.GetRequiredService<IDailyStatisticsStore>(),
                strategy.Performance,
                strategy.Screening.Allocation.SessionBudget,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<TradingStatistics>>(),
                sp.GetService<IAfterHoursJournal>());
        });
        return services;
    }
}
