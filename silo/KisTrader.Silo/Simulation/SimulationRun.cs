using System.Globalization;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Silo.Commands;
using KisTrader.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The one-process simulator run (the silo's default command): one simulated clock (<see cref="SimClock"/>, real speed)
/// that starts shortly before the close of the last KRX trading day; the in-process KIS simulator on a free loopback
/// port reading that clock; and a silo built like the <c>silo</c> command's (<see cref="SiloHost"/>, so
/// <c>AddKisTraderSilo</c> with the KIS client, the trading sessions, the schedule and the journal) whose grains, grain
/// timers, reminders, KIS client and schedule read the same clock, with the KIS client pointed at the simulator. A
/// <see cref="ScreenMonitor"/> prints the screen as the schedule runs it.
/// </summary>
public sealed class SimulationRun : IAsyncDisposable
{
    /// <summary>The app key used when none is configured (the simulator accepts any key; README "Credentials").</summary>
    public const string DefaultAppKey = SimulationEnvironment.DefaultAppKey;

    /// <summary>The app secret used when none is configured.</summary>
    public const string DefaultAppSecret = SimulationEnvironment.DefaultAppSecret;

    private readonly SimulationEnvironment _environment;

    private SimulationRun(IHost host, SimulationEnvironment environment, SimulationHeader header)
    {
        Host = host;
        _environment = environment;
        Header = header;
    }

    /// <summary>The silo host.</summary>
    public IHost Host { get; }

    /// <summary>The in-process simulator.</summary>
    public SimulatorHost Simulator => _environment.Simulator;

    /// <summary>The one simulated clock.</summary>
    public SimClock Clock => _environment.Clock;

    /// <summary>What the header printed.</summary>
    public SimulationHeader Header { get; }

    /// <summary>
    /// Starts the simulator and the silo and prints the header to <paramref name="output"/>; the screen follows as the
    /// schedule runs it. Settings come from appsettings.json, environment variables, <paramref name="args"/>
    /// (<c>--Section:Key=value</c>) and <paramref name="overrides"/> (tests), later ones winning; the mode, the KIS
    /// environment, URLs and account are the simulator's whatever is configured.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid (the failures name it).</exception>
    public static async Task<SimulationRun> StartAsync(
        string[] args,
        IReadOnlyDictionary<string, string?>? overrides,
        TextWriter output,
        Action<IHostApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var environment = await SimulationEnvironment.StartAsync(configuration, cancellationToken);
        try
        {
            var simulation = environment.Options;
            var settings = new Dictionary<string, string?>(environment.KisSettings, StringComparer.OrdinalIgnoreCase);
            foreach (var category in new[] { "Default", "KisTrader", "System.Net.Http" })
            {
                settings[$"Logging:LogLevel:{category}"] = simulation.LogLevel.ToString();
            }

            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings.TryAdd(key, value);
            }

            var console = new SimulationConsole(output);
            var metrics = environment.Simulator.Services.GetRequiredService<SimMetrics>();
            var host = SiloHost.Build(args, settings, b =>
            {
                b.Services.UseSimulatedClock(environment.Clock);
                b.Services.AddSingleton(console);
                b.Services.AddSingleton(new SimulationBrokerCalls(() => metrics.Snapshot().Rest.Calls));
                b.Services.AddSingleton(sp => new SimulationAccountCheck(
                    sp.GetRequiredService<Kis.Client.IKisTrading>(),
                    sp.GetRequiredService<Grains.Storage.ITradeJournal>(),
                    sp.GetRequiredService<Grains.Statistics.TradingStatistics>(),
                    (sp.GetService<Trading.Options.StrategyOptions>() ?? new Trading.Options.StrategyOptions()).Performance,
                    console,
                    environment.StartingCash,
                    sp.GetRequiredService<TimeProvider>()));
                b.Services.AddHostedService<ScreenMonitor>();
                configure?.Invoke(b);
            });
            try
            {
                var silo = host.Services.GetRequiredService<IOptions<SiloHostOptions>>().Value;
                var header = new SimulationHeader(
                    "Simulator",
                    environment.Start,
                    simulation.Speed,
                    environment.TradingDay,
                    environment.Close,
                    environment.Simulator.BaseUrl,
                    simulation.Seed,
                    environment.Listings,
                    int.TryParse(configuration["Kis:RateLimit:RequestsPerSecond"], CultureInfo.InvariantCulture, out var rps) ? rps : 18,
                    silo.EffectiveGrainStorage.ToString(),
                    silo.EffectiveReminders.ToString(),
                    silo.HasDatabase ? $"PostgreSQL {silo.DatabaseDisplay} (migrated at start)" : "in memory (not durable)",
                    silo.Cluster.ClusterId,
                    silo.Cluster.SiloPort,
                    silo.Cluster.GatewayPort);
                console.Header(header);
                await host.StartAsync(cancellationToken);
                return new SimulationRun(host, environment, header);
            }
            catch
            {
                host.Dispose();
                throw;
            }
        }
        catch
        {
            await environment.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the silo, then the simulator.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            try
            {
                await Host.StopAsync(timeout.Token);
            }
            finally
            {
                Host.Dispose();
            }
        }

        await _environment.DisposeAsync();
    }
}
