using KisTrader.Kis.Simulator.Clock;
using KisTrader.Silo.Hosting;
using KisTrader.Silo.Simulation;
using KisTrader.Web.Clock;
using Microsoft.Extensions.Options;

namespace KisTrader.Web.Hosting;

/// <summary>
/// The clock of a client-mode front end (<c>KisTrader:Clock</c>, the silos' section): <c>Wall</c> (default) or
/// <c>Simulator</c>, where the front end follows the KIS simulator's clock as the silos of a simulated-time cluster do
/// (<see cref="SimulatorClockFollower"/>, at <c>KisTrader:Web:SimulatorUrl</c>, else <c>Kis:RestBaseUrl</c>): its
/// <see cref="TimeProvider"/>, "now" and "today" are then the cluster's. Wall time stays for what must (API-key
/// verification, rate limiting, notification back-off, HTTP timeouts, TLS, Orleans' own timing; <see cref="WallClock"/>).
/// The one-process mode shares the co-hosted silo's clock and does not read this.
/// </summary>
internal static class FrontEndClock
{
    /// <summary>Validates the section; with Simulator registers the follower (call before the Orleans client: the front end starts on the simulator's time).</summary>
    /// <exception cref="OptionsValidationException">A setting is invalid, or no simulator address is known.</exception>
    public static SimClock? Follow(WebApplicationBuilder builder, WebHostOptions options)
    {
        var clock = SiloClockOptions.Load(builder.Configuration);
        if (clock.Source != ClockSource.Simulator)
        {
            return null;
        }

        var mode = builder.Configuration[$"{SiloHostOptions.Section}:Mode"];
        if (!string.IsNullOrWhiteSpace(mode) && !string.Equals(mode.Trim(), nameof(KisTrader.Grains.Storage.TradingMode.Simulator), StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"{SiloClockOptions.Section}:Source is Simulator: only a Simulator-mode cluster follows the KIS simulator's clock ({SiloHostOptions.Section}:Mode is {mode}); use Wall");
        }

        var url = options.SimulatorUrl
            ?? (Uri.TryCreate(builder.Configuration["Kis:RestBaseUrl"], UriKind.Absolute, out var rest) && rest.Scheme is "http" or "https" ? rest : null)
            ?? throw Invalid($"{SiloClockOptions.Section}:Source is Simulator: set {WebHostOptions.Section}:SimulatorUrl (or Kis:RestBaseUrl, as the silos have it) to the KIS simulator's address");
        return SimulatorClockFollower.Register(builder.Services, url, clock);
    }

    /// <summary>The clock behind the API: the followed clock, the simulator's through its URL, or the wall clock.</summary>
    public static IClockControl Control(IServiceProvider services, WebHostOptions options, SimClock? followed)
    {
        IClockControl? simulator = options.SimulatorUrl is { } url
            ? new SimulatorClockControl(new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) })
            : null;
        return followed is not null
            ? new FollowedClockControl(followed, services.GetRequiredService<SimulatorClockFollower>(), simulator)
            : simulator ?? new SystemClockControl(services.GetRequiredService<TimeProvider>());
    }

    /// <summary>Puts the front end on the followed clock; after every other registration (it replaces their unkeyed clock).</summary>
    public static void Use(IServiceCollection services, SimClock? followed)
    {
        if (followed is not null)
        {
            // No holds: the simulator's clock never stops for this process. Orleans' client timing stays on the wall clock.
            services.UseSimulatedClock(followed, holds: false);
        }
    }

    private static OptionsValidationException Invalid(string failure) =>
        new(SiloClockOptions.Section, typeof(SiloClockOptions), [failure]);
}
