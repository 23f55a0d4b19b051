using KisTrader.Kis.Simulator.Clock;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>
/// A running simulator: REST, WebSocket and the /sim control API on one port. Started in-process by tests, benchmarks
/// and the one-process default, and by the executable (Program.cs).
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, Uri baseUrl, TimeProvider clock)
    {
        _app = app;
        BaseUrl = baseUrl;
        WebSocketUrl = new UriBuilder(baseUrl) { Scheme = baseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
        Clock = clock;
    }

    /// <summary>REST base URL, e.g. http://127.0.0.1:9443/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>WebSocket base URL (same port; any path but /uapi, /oauth2, /sim, /common — clients use /tryitout).</summary>
    public Uri WebSocketUrl { get; }

    /// <summary>The simulated clock every part of the simulator reads.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The clock as a controllable <see cref="Clock.SimClock"/> (null when the caller passed another TimeProvider).</summary>
    public SimClock? SimClock => Clock as SimClock;

    /// <summary>The simulator's services (tests and benchmarks read metrics and internals through it).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Builds and starts a simulator. With <paramref name="clock"/> null, a <see cref="Clock.SimClock"/> is created from
    /// <c>Simulator:Clock</c> (start, speed, paused) on <see cref="SimulatorHostOptions.WallClock"/>; otherwise the caller's
    /// TimeProvider is used as is (the one-process default shares one simulated clock with the rest of the process).
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is invalid (the message names it).</exception>
    public static async Task<SimulatorHost> StartAsync(SimulatorHostOptions options, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        foreach (var file in options.ConfigFiles)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }

        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // KIS sends no Server header; its header names are lower case (see LowerCaseHeaderPipeWriter).
            kestrel.AddServerHeader = false;
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
            {
                var transport = connection.Transport;
                connection.Transport = new FilteredDuplexPipe(transport.Input, new LowerCaseHeaderPipeWriter(transport.Output));
                return next(connection);
            }));
        });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(c =>
            {
                c.SingleLine = true;
                c.TimestampFormat = "HH:mm:ss ";
            });
            // One line per request would drown the simulator's own messages.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            // A start-up failure (invalid setting, port in use) is reported once, as a one-line error by the caller.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }

        var wall = options.WallClock ?? TimeProvider.System;
        var simulated = clock ?? CreateClock(builder.Configuration, wall);
        builder.Services.AddSimulator(builder.Configuration, simulated, wall);

        var app = builder.Build();
        app.UseSimulator();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return new SimulatorHost(app, BaseUrlOf(addresses), simulated);
    }

    /// <summary>Runs until the process is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static SimClock CreateClock(ConfigurationManager configuration, TimeProvider wall)
    {
        var options = configuration.GetSection(SimClockOptions.SectionName).Get<SimClockOptions>() ?? new SimClockOptions();
        var problems = new SectionOptionsValidator<SimClockOptions>(SimClockOptions.SectionName, new SimClockOptionsValidator()).Failures(options);
        if (problems.Count > 0)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(nameof(SimClockOptions), typeof(SimClockOptions), problems);
        }

        return new SimClock(options.Start ?? wall.GetUtcNow(), options.Speed, options.Paused, wall);
    }

    /// <summary>The first bound address, with a wildcard host (0.0.0.0, [::], *, +) replaced by 127.0.0.1.</summary>
    private static Uri BaseUrlOf(ICollection<string> addresses)
    {
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The simulator started without a listen address.");
        var builder = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }
}
