using KisTrader.Grains.Screening;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.Master;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using KisTrader.Trading.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Sessions;

/// <summary>Silo registrations of the trading sessions and their screening funnel.</summary>
public static class TradingSessionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ScreeningFunnel"/> with <c>Screening:Funnel</c> (validated at start) and
    /// <c>Strategy:Screening</c> (validated when the funnel is built) — or the registered <see cref="StrategyOptions"/>' screening
    /// settings when the host registered them. Needs the KIS client (<c>AddKisClient</c>), the
    /// master files (<c>AddKisMasterFiles</c>) and an <c>ITradingJournal</c>; uses a registered <see cref="KrxCalendar"/>
    /// and <see cref="TimeProvider"/> when present.
    /// </summary>
    public static IServiceCollection AddTradingSessions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<FunnelOptions, FunnelOptionsValidator>(configuration, FunnelOptions.Section);
        services.TryAddSingleton(KrxCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTradingEvents();
        services.TryAddSingleton(sp =>
        {
            // A host that loaded and validated the whole strategy (the silo's checked binder) registers it; otherwise the
            // section is bound here.
            var screening = sp.GetService<StrategyOptions>()?.Screening;
            if (screening is null)
            {
                screening = new ScreeningOptions();
                configuration.GetSection(ScreeningOptions.Section).Bind(screening);
            }
            return new ScreeningFunnel(
                sp.GetRequiredService<IKisMarketData>(),
                sp.GetRequiredService<IMasterFileSource>(),
                screening,
                sp.GetRequiredService<IOptions<FunnelOptions>>().Value,
                sp.GetRequiredService<KrxCalendar>(),
                sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
