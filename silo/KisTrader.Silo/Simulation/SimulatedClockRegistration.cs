using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Reminders;

namespace KisTrader.Silo.Simulation;

/// <summary>Puts a whole silo host on one simulated clock (orleans-notes.md §2), except Orleans' own housekeeping.</summary>
public static class SimulatedClockRegistration
{
    /// <summary>
    /// Registers <paramref name="clock"/> as the host's unkeyed <see cref="TimeProvider"/> — what grains, grain timers
    /// (Orleans' <c>Grains</c> key falls back to it), the KIS client, the schedule and the journal read — and as the
    /// reminder service's keyed clock, so that reminders fire on simulated time too. Membership, messaging, system
    /// timers, activation management and the grain directory stay on the real clock: a simulated clock that started
    /// days ago would otherwise declare silos dead and messages expired. Call it after the other registrations (it
    /// replaces the unkeyed clock they added).
    /// </summary>
    public static IServiceCollection UseSimulatedClock(this IServiceCollection services, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clock);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(clock);
        foreach (var area in new[]
                 {
                     TimeProviderNames.Messaging,
                     TimeProviderNames.SystemTimers,
                     TimeProviderNames.Membership,
                     TimeProviderNames.ActivationManagement,
                     TimeProviderNames.GrainDirectory,
                 })
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }

        services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, clock);
        return services;
    }
}
