using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Trading.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Grains.Scheduling;

/// <summary>Silo registrations of the KRX schedule.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schedule's options (<c>KisTrader:Schedule</c>, validated at start) and the silo start-up step that
    /// starts the schedule grain (registers its reminder; tried again until it succeeds), and the
    /// <see cref="ScheduleStartStatus"/> that readiness checks read. Needs a reminder service on the silo (memory or ADO.NET), the
    /// trading sessions (<c>AddTradingSessions</c>), the KIS client and an <c>ITradingJournal</c> (actions are journaled); uses a registered <see cref="KrxCalendar"/> and
    /// <see cref="TimeProvider"/> when present.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<ScheduleOptions, ScheduleOptionsValidator>(configuration, ScheduleOptions.Section);
        services.TryAddSingleton(KrxCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTradingEvents();
        services.TryAddSingleton<ScheduleStartStatus>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ScheduleStarter>();
        return services;
    }
}
