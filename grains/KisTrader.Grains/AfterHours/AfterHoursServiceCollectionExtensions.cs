using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Grains.AfterHours;

/// <summary>Silo registrations of the after-hours board.</summary>
public static class AfterHoursServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="AfterHoursPlanner"/> from the registered <see cref="StrategyOptions"/> (the silo's checked
    /// binder) or the <c>Strategy:AfterHours</c> and <c>Strategy:PriceGrid</c> sections (validated when built), and an
    /// in-memory <see cref="IAfterHoursJournal"/> unless one is registered. Needs the KIS client, the trading sessions,
    /// market data and an <c>ITradingJournal</c>.
    /// </summary>
    public static IServiceCollection AddAfterHours(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(KrxCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTradingEvents();
        services.TryAddSingleton<IAfterHoursJournal, InMemoryAfterHoursJournal>();
        services.TryAddSingleton(sp =>
        {
            var strategy = sp.GetService<StrategyOptions>();
            var afterHours = strategy?.AfterHours;
            if (afterHours is null)
            {
                afterHours = new AfterHoursOptions();
                configuration.GetSection(AfterHoursOptions.Section).Bind(afterHours);
            }

            var grid = strategy?.PriceGrid;
            if (grid is null)
            {
                grid = new PriceGridOptions();
                configuration.GetSection("Strategy:PriceGrid").Bind(grid);
            }

            return new AfterHoursPlanner(afterHours, new PriceGrid(grid));
        });
        return services;
    }
}
