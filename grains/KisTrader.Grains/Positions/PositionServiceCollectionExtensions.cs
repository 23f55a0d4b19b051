using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Positions;

/// <summary>Silo registrations of the position grains.</summary>
public static class PositionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PositionSettings"/>: <c>KisTrader:Positions</c> (validated at start) and the strategy's exits,
    /// tick grid and costs — from the registered <see cref="StrategyOptions"/> (the silo's checked binder) or, without
    /// one, bound from <c>Strategy:*</c> and validated when first used. The grains also need an
    /// <see cref="Storage.Positions.IPositionJournal"/> and an <see cref="ITradeJournal"/> (the host chooses PostgreSQL or
    /// in memory), an <see cref="ITradingJournal"/> (events), grain storage <c>Default</c>, the memory streams with their
    /// <c>PubSubStore</c>, and a reminder service. Uses a registered <see cref="KrxCalendar"/> and <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddPositions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<PositionOptions, PositionOptionsValidator>(configuration, PositionOptions.Section);
        services.TryAddSingleton(KrxCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTradingEvents();
        services.TryAddSingleton(sp =>
        {
            var strategy = sp.GetService<StrategyOptions>();
            var exits = strategy?.Exits ?? Bind<ExitOptions>(configuration, ExitOptions.Section);
            var grid = strategy?.PriceGrid ?? Bind<PriceGridOptions>(configuration, "Strategy:PriceGrid");
            var costs = strategy?.Costs ?? Bind<CostOptions>(configuration, CostOptions.Section);
            OptionsValidation.ThrowIfInvalid(exits, ExitOptions.Section);
            return new PositionSettings(exits, new PriceGrid(grid), new CostModel(costs), sp.GetRequiredService<IOptions<PositionOptions>>().Value);
        });
        return services;
    }

    private static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }
}
