using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// <c>KisTrader:Clock:Source=Simulator</c>: the process's trading clock follows the KIS simulator's — every silo of a
/// multi-process cluster, and every client-mode front end (web/KisTrader.Web, its "now" and "today"). The process runs a
/// free <see cref="SimClock"/> (no holds: it never stops for work, as the simulator's never does) set from
/// <c>GET /sim/clock</c> before the process starts, then read again every <see cref="SiloClockOptions.SyncIntervalMilliseconds"/>:
/// a jump, a pause, a resume or a speed change of the simulator (<c>POST /sim/clock</c>) reaches every process of the
/// cluster within that interval (at once after <see cref="SyncNowAsync"/>). In between each process's clock runs on its
/// own at the same speed from the same reading, so processes and simulator agree to within the read's latency times the
/// speed. The clock only moves forward: a process found ahead (the simulator slowed down before it noticed) stands still
/// until the simulator caught up.
/// </summary>
public sealed class SimulatorClockFollower(SimClock clock, Uri url, SiloClockOptions options, ILogger<SimulatorClockFollower> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly SemaphoreSlim _syncing = new(1, 1);
    private readonly TimeProvider _wall = clock.Wall;

    /// <summary>The simulator's clock endpoint followed.</summary>
    public Uri Url => url;

    /// <summary>
    /// Registers the followed clock (paused until the first reading) and this service, before the silo's own hosted
    /// service so that the silo starts on the simulator's time; the simulator is <c>Kis:RestBaseUrl</c>. The caller puts the
    /// host on the returned clock with <see cref="SimulatedClockRegistration.UseSimulatedClock"/> (holds off) after its
    /// other registrations.
    /// </summary>
    internal static SimClock Register(IServiceCollection services, IConfiguration configuration, SiloClockOptions options)
    {
        var rest = configuration["Kis:RestBaseUrl"];
        return Uri.TryCreate(rest, UriKind.Absolute, out var baseUrl)
            ? Register(services, baseUrl, options)
            : throw new Microsoft.Extensions.Options.OptionsValidationException(
                SiloClockOptions.Section, typeof(SiloClockOptions), [$"{SiloClockOptions.Section}:Source is Simulator: Kis:RestBaseUrl must be the simulator's address (value: '{rest}')"]);
    }

    /// <summary>
    /// Registers the clock following the simulator at <paramref name="simulatorBaseUrl"/> (paused until the first
    /// reading) and this service (also as itself, for <see cref="SyncNowAsync"/>); register it before the hosted services
    /// that must start on the simulator's time, and put the host on the returned clock with
    /// <see cref="SimulatedClockRegistration.UseSimulatedClock"/> (holds off) after the other registrations.
    /// </summary>
    public static SimClock Register(IServiceCollection services, Uri simulatorBaseUrl, SiloClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(simulatorBaseUrl);
        ArgumentNullException.ThrowIfNull(options);
        var clock = new SimClock(DateTimeOffset.UnixEpoch, 1m, paused: true, wall: TimeProvider.System);
        services.AddSingleton(clock);
        services.AddSingleton(sp => new SimulatorClockFollower(clock, new Uri(simulatorBaseUrl, "/sim/clock"), options, sp.GetRequiredService<ILogger<SimulatorClockFollower>>()));
        services.AddHostedService(sp => sp.GetRequiredService<SimulatorClockFollower>());
        return clock;
    }

    /// <summary>Reads the simulator's clock now and follows it (after a change made through this process: no wait for the next read).</summary>
    public Task SyncNowAsync(CancellationToken cancellationToken) => SyncAsync(first: false, cancellationToken);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = _wall.GetTimestamp() + (long)(TimeSpan.FromSeconds(options.WaitSeconds).TotalSeconds * _wall.TimestampFrequency);
        while (true)
        {
            try
            {
                await SyncAsync(first: true, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (_wall.GetTimestamp() > deadline)
                {
                    throw new InvalidOperationException($"{SiloClockOptions.Section}:Source is Simulator but the simulator's clock at {url} could not be read within {options.WaitSeconds} s: {e.Message}", e);
                }

                logger.Waiting(url, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500), _wall, cancellationToken).ConfigureAwait(false);
            }
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _http.Dispose();
        _syncing.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.SyncIntervalMilliseconds), _wall);
        var failing = false;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await SyncAsync(first: false, stoppingToken).ConfigureAwait(false);
                failing = false;
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    logger.Unreadable(e, url, clock.Speed);
                }

                failing = true;
            }
        }
    }

    private async Task SyncAsync(bool first, CancellationToken cancellationToken)
    {
        // One reading at a time: the periodic one and a SyncNowAsync must not move the clock on stale readings at once.
        await _syncing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await FollowAsync(first, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _syncing.Release();
        }
    }

    private async Task FollowAsync(bool first, CancellationToken cancellationToken)
    {
        var sent = _wall.GetTimestamp();
        var reading = await _http.GetFromJsonAsync<SimulatorClockReading>(url, Json, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("empty answer");
        var received = _wall.GetTimestamp();
        var speed = reading.Speed ?? 1m;
        var paused = reading.Paused ?? false;
        if (speed != clock.Speed)
        {
            clock.SetSpeed(speed);
        }

        if (paused && !clock.IsPaused)
        {
            clock.Pause();
        }

        // The reading was taken about halfway through the exchange; the simulator's clock ran on since then.
        var since = _wall.GetElapsedTime(sent) - (_wall.GetElapsedTime(sent, received) / 2);
        var target = paused ? reading.Now : reading.Now + (since * (double)speed);
        var behind = target - clock.GetUtcNow();
        var tolerance = paused ? TimeSpan.Zero : TimeSpan.FromMilliseconds(options.ToleranceMilliseconds) * (double)speed;
        var moved = behind > tolerance;
        if (moved)
        {
            clock.JumpTo(target);
        }

        if (!paused && -behind > tolerance)
        {
            // Ahead (the simulator slowed down before this process noticed, or a read's latency was lopsided): the clock
            // never moves back, so it waits until the simulator has caught up.
            if (!clock.IsPaused)
            {
                clock.Pause();
                moved = true;
            }
        }
        else if (!paused && clock.IsPaused)
        {
            clock.Resume();
            moved = true;
        }

        var state = paused ? "paused" : "running";
        var now = clock.GetUtcNow();
        if (first)
        {
            logger.Following(url, now, speed, state);
        }
        else if (moved)
        {
            logger.Moved(now, speed, state, behind);
        }
    }
}
