using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Reminders;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// Puts a whole silo host on one simulated clock — the one code location of the wall-time / simulated-time split that
/// docs/simulated-time.md describes.
/// </summary>
public static class SimulatedClockRegistration
{
    /// <summary>
    /// The keyed areas registered on the wall clock explicitly. Every other keyed TimeProvider (any area an Orleans package
    /// adds later) is on the wall clock too, through the <see cref="KeyedService.AnyKey"/> catch-all.
    /// </summary>
    public static IReadOnlyList<string> WallTimeAreas { get; } =
    [
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
        Orleans.Streams.StreamingTimeProviderNames.Streaming,
        KisTimeProviders.Transport,
    ];

    /// <summary>The keyed areas on the simulated clock (besides the unkeyed TimeProvider and the <c>Grains</c> key, see <see cref="SimulatedGrainClock"/>).</summary>
    public static IReadOnlyList<string> SimulatedAreas { get; } = [ReminderTimeProviderNames.Reminders];

    /// <summary>
    /// Registers <paramref name="clock"/> as the host's unkeyed <see cref="TimeProvider"/> (grains, the KIS client's token
    /// timing, rate-limit windows and retry delays, the schedule, the journal) and under the <c>Grains</c> and
    /// <c>Reminders</c> keys (grain timers, reminders). Every other keyed area — Orleans' messaging, membership, system
    /// timers, activation management, grain directory and streaming (pulling agents), and the KIS client's transport
    /// timeouts — stays on <paramref name="clock"/>'s wall clock. Every HTTP exchange of the host's HttpClients holds the
    /// simulated clock (<see cref="SimulatedTimeHoldHandler"/>): a broker call costs no simulated time at any speed. And
    /// work holds it (<see cref="IWorkClock"/> = <see cref="SimulatedWorkClock"/>, carried across grain calls by
    /// <see cref="WorkScopeCallFilter"/>): a screen's run and its workers stop the clock while they work and let it go
    /// while they wait, so a screen takes the same simulated time at any speed. Call it after the other registrations (it replaces the unkeyed clock they added).
    /// With <paramref name="holds"/> false (a silo of a multi-process cluster following the simulator's clock,
    /// <see cref="SimulatorClockFollower"/>) neither broker calls nor work hold the clock: it runs freely, as the
    /// simulator's does, so every process of the cluster reads the same simulated time.
    /// </summary>
    public static IServiceCollection UseSimulatedClock(this IServiceCollection services, SimClock clock, bool holds = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clock);
        var wall = clock.Wall;
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        services.AddKeyedSingleton<TimeProvider>(KeyedService.AnyKey, (_, _) => wall);
        foreach (var area in WallTimeAreas)
        {
            services.AddKeyedSingleton(area, wall);
        }

        foreach (var area in SimulatedAreas)
        {
            services.AddKeyedSingleton<TimeProvider>(area, clock);
        }

        // Grain timers: the simulated clock, except those of Orleans' own system targets (stream pulling agents …).
        services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, (sp, _) => new SimulatedGrainClock(clock, sp));

        if (!holds)
        {
            return services;
        }

        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new SimulatedTimeHoldHandler(clock)));
        services.RemoveAll<IWorkClock>();
        services.AddSingleton<IWorkClock>(new SimulatedWorkClock(clock));
        var carry = new WorkScopeCallFilter();
        services.AddSingleton<IIncomingGrainCallFilter>(carry);
        services.AddSingleton<IOutgoingGrainCallFilter>(carry);
        return services;
    }
}
