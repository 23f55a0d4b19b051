using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Silo.Commands;
using KisTrader.Silo.Hosting;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;
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
    public const string DefaultAppKey = "SIM-APP-KEY";

    /// <summary>The app secret used when none is configured.</summary>
    public const string DefaultAppSecret = "SIM-APP-SECRET";

    private SimulationRun(IHost host, SimulatorHost simulator, SimClock clock, SimulationHeader header)
    {
        Host = host;
        Simulator = simulator;
        Clock = clock;
        Header = header;
    }

    /// <summary>The silo host.</summary>
    public IHost Host { get; }

    /// <summary>The in-process simulator.</summary>
    public SimulatorHost Simulator { get; }

    /// <summary>The one simulated clock.</summary>
    public SimClock Clock { get; }

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
        var mode = configuration[$"{SiloHostOptions.Section}:Mode"];
        if (!string.IsNullOrWhiteSpace(mode) && !string.Equals(mode.Trim(), "Simulator", StringComparison.OrdinalIgnoreCase))
        {
            throw new OptionsValidationException(SiloHostOptions.Section, typeof(SiloHostOptions),
                [$"{SiloHostOptions.Section}:Mode is {mode.Trim()}: the default run is the simulator; run paper or real trading with the silo command (dotnet run --project silo/KisTrader.Silo -- silo)"]);
        }

        var simulation = SimulationOptions.Load(configuration);
        var calendar = KrxCalendar.Default;
        DateOnly day;
        DateTimeOffset close, start;
        if (simulation.Start is { } configured)
        {
            start = configured;
            day = KrxTime.DateOf(start);
            close = calendar.IsTradingDay(day) ? KrxTime.ToKst(calendar.Sessions(day).RegularClose) : KrxTime.At(day, new TimeOnly(15, 30));
        }
        else
        {
            (day, close, start) = SimulationStart.LastTradingDay(TimeProvider.System.GetUtcNow(), calendar, simulation.StartBeforeClose);
        }

        var clock = new SimClock(start, simulation.Speed, paused: false, wall: TimeProvider.System, idle: simulation.FastForward ? SimulationQuietHours.FastForward(calendar, simulation.FastForwardHorizon) : null);
        var simulatorOptions = new SimulatorHostOptions();
        foreach (var (key, value) in SimulatorSettings(configuration))
        {
            simulatorOptions.Settings[key] = value;
        }

        simulatorOptions.Settings["Market:Seed"] = simulation.Seed.ToString(CultureInfo.InvariantCulture);
        simulatorOptions.Settings["Simulator:Profile"] = "Real";
        // Client and simulator count 18 calls per simulated second on the one shared clock (docs/simulated-time.md).
        simulatorOptions.Settings["Simulator:RateLimit:Clock"] = "Simulated";
        var simulator = await SimulatorHost.StartAsync(simulatorOptions, clock, cancellationToken);
        try
        {
            var settings = await KisSettingsAsync(configuration, simulator, cancellationToken);
            foreach (var category in new[] { "Default", "KisTrader", "System.Net.Http" })
            {
                settings[$"Logging:LogLevel:{category}"] = simulation.LogLevel.ToString();
            }

            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings.TryAdd(key, value);
            }

            var console = new SimulationConsole(output);
            var metrics = simulator.Services.GetRequiredService<SimMetrics>();
            var host = SiloHost.Build(args, settings, b =>
            {
                b.Services.UseSimulatedClock(clock);
                b.Services.AddSingleton(console);
                b.Services.AddSingleton(new SimulationBrokerCalls(() => metrics.Snapshot().Rest.Calls));
                b.Services.AddHostedService<ScreenMonitor>();
                configure?.Invoke(b);
            });
            try
            {
                var silo = host.Services.GetRequiredService<IOptions<SiloHostOptions>>().Value;
                var header = new SimulationHeader(
                    "Simulator",
                    start,
                    simulation.Speed,
                    day,
                    close,
                    simulator.BaseUrl,
                    simulation.Seed,
                    Listings(simulatorOptions.Settings),
                    int.TryParse(configuration["Kis:RateLimit:RequestsPerSecond"], CultureInfo.InvariantCulture, out var rps) ? rps : 18,
                    silo.EffectiveGrainStorage.ToString(),
                    silo.EffectiveReminders.ToString(),
                    silo.HasDatabase ? $"PostgreSQL {silo.DatabaseDisplay} (migrated at start)" : "in memory (not durable)",
                    silo.Cluster.ClusterId,
                    silo.Cluster.SiloPort,
                    silo.Cluster.GatewayPort);
                console.Header(header);
                await host.StartAsync(cancellationToken);
                return new SimulationRun(host, simulator, clock, header);
            }
            catch
            {
                host.Dispose();
                throw;
            }
        }
        catch
        {
            await simulator.DisposeAsync();
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

        await Simulator.DisposeAsync();
        Clock.Dispose();
    }

    // The simulator's own sections pass through (e.g. Market:KospiListings, Simulator:RateLimit:Enabled); its clock is ours.
    private static IEnumerable<KeyValuePair<string, string?>> SimulatorSettings(IConfiguration configuration) =>
        configuration.GetSection("Simulator").AsEnumerable().Concat(configuration.GetSection("Market").AsEnumerable())
            .Where(p => p.Value is not null && !p.Key.StartsWith("Simulator:Clock", StringComparison.OrdinalIgnoreCase));

    private static async Task<Dictionary<string, string?>> KisSettingsAsync(IConfiguration configuration, SimulatorHost simulator, CancellationToken cancellationToken)
    {
        var appKey = configuration["Kis:AppKey"] is { Length: > 0 } key ? key : DefaultAppKey;
        var appSecret = configuration["Kis:AppSecret"] is { Length: > 0 } secret ? secret : DefaultAppSecret;
        using var http = new HttpClient { BaseAddress = simulator.BaseUrl };
        var account = await http.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{Uri.EscapeDataString(appKey)}", UriKind.Relative), cancellationToken);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [$"{SiloHostOptions.Section}:Mode"] = "Simulator",
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = simulator.BaseUrl.ToString(),
            ["Kis:WebSocketBaseUrl"] = simulator.WebSocketUrl.ToString(),
            ["Kis:MasterFileBaseUrl"] = new Uri(simulator.BaseUrl, "common/master/").ToString(),
            ["Kis:AppKey"] = appKey,
            ["Kis:AppSecret"] = appSecret,
            // The simulator derives the account from the key: a configured real account number would not exist there.
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString(),
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString(),
        };
    }

    private static int Listings(IDictionary<string, string?> settings) =>
        Count(settings, "Market:KospiListings", 950) + Count(settings, "Market:KosdaqListings", 1750);

    private static int Count(IDictionary<string, string?> settings, string key, int fallback) =>
        settings.TryGetValue(key, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
