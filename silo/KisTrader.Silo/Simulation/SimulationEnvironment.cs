using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Silo.Hosting;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// What a one-process simulator host needs besides the silo: the one simulated clock (<see cref="SimClock"/>) starting
/// shortly before the last KRX trading day's close (<see cref="SimulationOptions"/>), the in-process KIS simulator on a
/// free loopback port reading it, and the KIS client's settings pointing at it. <see cref="AddSilo"/> turns a host
/// builder (the silo's console run or the web front end) into the simulator silo. Dispose it after the host stopped.
/// </summary>
public sealed class SimulationEnvironment : IAsyncDisposable
{
    /// <summary>The app key used when none is configured (the simulator accepts any key; README "Credentials").</summary>
    public const string DefaultAppKey = "SIM-APP-KEY";

    /// <summary>The app secret used when none is configured.</summary>
    public const string DefaultAppSecret = "SIM-APP-SECRET";

    private const string StalePriceAfterKey = "KisTrader:Positions:StalePriceAfter";

    private SimulationEnvironment(SimulationOptions options, SimClock clock, SimulatorHost simulator, DateOnly day, DateTimeOffset close, DateTimeOffset start, int listings, IReadOnlyDictionary<string, string?> settings, decimal startingCash)
    {
        StartingCash = startingCash;
        Options = options;
        Clock = clock;
        Simulator = simulator;
        TradingDay = day;
        Close = close;
        Start = start;
        Listings = listings;
        KisSettings = settings;
    }

    /// <summary>The validated <c>KisTrader:Simulation</c> settings.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The one simulated clock.</summary>
    public SimClock Clock { get; }

    /// <summary>The in-process simulator.</summary>
    public SimulatorHost Simulator { get; }

    /// <summary>The trading day the clock starts on.</summary>
    public DateOnly TradingDay { get; }

    /// <summary>That day's close (KST).</summary>
    public DateTimeOffset Close { get; }

    /// <summary>The clock's start.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>How many listings the synthetic market has.</summary>
    public int Listings { get; }

    /// <summary>The cash the simulator's account for the key starts with (what the run's final check compares with).</summary>
    public decimal StartingCash { get; }

    /// <summary>The mode and the KIS client's settings for the simulator (URLs, key, the account it derives for the key).</summary>
    public IReadOnlyDictionary<string, string?> KisSettings { get; }

    /// <summary>
    /// Reads <c>KisTrader:Simulation</c> (and <c>Simulator:*</c>, <c>Market:*</c>, <c>Kis:AppKey</c>/<c>AppSecret</c>) from
    /// <paramref name="configuration"/>, starts the clock and the simulator.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid, or <c>KisTrader:Mode</c> is not Simulator.</exception>
    public static async Task<SimulationEnvironment> StartAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
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
        SimulatorHost simulator;
        try
        {
            simulator = await SimulatorHost.StartAsync(simulatorOptions, clock, cancellationToken);
        }
        catch
        {
            clock.Dispose();
            throw;
        }

        try
        {
            var (settings, startingCash) = await KisSettingsAsync(configuration, simulator, cancellationToken);
            if (configuration[StalePriceAfterKey] is null)
            {
                settings[StalePriceAfterKey] = StalePriceAfter(simulation.Speed).ToString("c", CultureInfo.InvariantCulture);
            }

            return new SimulationEnvironment(simulation, clock, simulator, day, close, start, ListingCount(simulatorOptions.Settings), settings, startingCash);
        }
        catch
        {
            await simulator.DisposeAsync();
            clock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes <paramref name="builder"/> the simulator silo: <see cref="KisSettings"/> over its configuration,
    /// <see cref="SiloHostingExtensions.AddKisTraderSilo"/>, and every clock of the host on <see cref="Clock"/>
    /// (<see cref="SimulatedClockRegistration.UseSimulatedClock"/>).
    /// </summary>
    /// <returns>The validated silo options.</returns>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public SiloHostOptions AddSilo(IHostApplicationBuilder builder, Action<ISiloBuilder>? configureSilo = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddInMemoryCollection(KisSettings);
        var options = builder.AddKisTraderSilo(configureSilo);
        builder.Services.UseSimulatedClock(Clock);
        return options;
    }

    /// <summary>
    /// The positions' price fallback period for a run at <paramref name="speed"/> when none is configured: at least two
    /// wall seconds (30 simulated seconds are 50 ms at 600×, less than a tick takes to arrive, so a poll would overtake the
    /// trades it stands in for and turn limit exits at the bid into market orders), at least the product's 30 s, at most
    /// its 10-minute ceiling.
    /// </summary>
    public static TimeSpan StalePriceAfter(decimal speed)
    {
        var seconds = Math.Clamp(2m * speed, 30m, 600m);
        return TimeSpan.FromSeconds((double)seconds);
    }

    /// <summary>Stops the simulator and the clock (after the host that used them stopped).</summary>
    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        Clock.Dispose();
    }

    // The simulator's own sections pass through (e.g. Market:KospiListings, Simulator:RateLimit:Enabled); its clock is ours.
    private static IEnumerable<KeyValuePair<string, string?>> SimulatorSettings(IConfiguration configuration) =>
        configuration.GetSection("Simulator").AsEnumerable().Concat(configuration.GetSection("Market").AsEnumerable())
            .Where(p => p.Value is not null && !p.Key.StartsWith("Simulator:Clock", StringComparison.OrdinalIgnoreCase));

    private static async Task<(Dictionary<string, string?> Settings, decimal StartingCash)> KisSettingsAsync(IConfiguration configuration, SimulatorHost simulator, CancellationToken cancellationToken)
    {
        var appKey = configuration["Kis:AppKey"] is { Length: > 0 } key ? key : DefaultAppKey;
        var appSecret = configuration["Kis:AppSecret"] is { Length: > 0 } secret ? secret : DefaultAppSecret;
        using var http = new HttpClient { BaseAddress = simulator.BaseUrl };
        var account = await http.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{Uri.EscapeDataString(appKey)}", UriKind.Relative), cancellationToken);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
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
        return (settings, account.GetProperty("startingCash").GetDecimal());
    }

    private static int ListingCount(IDictionary<string, string?> settings) =>
        Count(settings, "Market:KospiListings", 950) + Count(settings, "Market:KosdaqListings", 1750);

    private static int Count(IDictionary<string, string?> settings, string key, int fallback) =>
        settings.TryGetValue(key, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
