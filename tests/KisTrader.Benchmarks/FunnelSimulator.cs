using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Grains.Screening;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Benchmarks;

/// <summary>One in-process simulator with a KIS client (and master-file source) pointed at it.</summary>
internal sealed class FunnelSimulator : IAsyncDisposable
{
    private readonly SimulatorHost _host;
    private readonly ServiceProvider _client;

    private FunnelSimulator(SimulatorHost host, ServiceProvider client)
    {
        _host = host;
        _client = client;
    }

    /// <summary>The rate-limit window ÷ KIS's 1 s: wall seconds ÷ this = seconds at the real window.</summary>
    public double Scale { get; private init; } = 1;

    public int RequestsPerWindow => _client.GetRequiredService<KisConnections>().Trading.Credentials.RequestsPerWindow;

    /// <summary>Real profile (18 per window) or unthrottled; the window is KIS's 1 s.</summary>
    public static Task<FunnelSimulator> StartAsync(int kospi, int kosdaq, DateOnly date, bool rateLimited, string appKey, CancellationToken cancellationToken) =>
        StartAsync(kospi, kosdaq, date, rateLimited, paper: false, TimeSpan.FromSeconds(1), appKey, cancellationToken);

    /// <summary>
    /// A simulator of the given profile and a client of the same environment. <paramref name="window"/> scales the rate
    /// limit on both sides (the simulator's window and the client's window, safety margin and back-off), so that a paper
    /// run (1 call per window) takes minutes instead of half an hour; seconds measured divide by the scale.
    /// </summary>
    public static async Task<FunnelSimulator> StartAsync(
        int kospi, int kosdaq, DateOnly date, bool rateLimited, bool paper, TimeSpan window, string appKey, CancellationToken cancellationToken)
    {
        var scale = window / TimeSpan.FromSeconds(1);
        var options = new SimulatorHostOptions();
        var s = options.Settings;
        s["Market:Seed"] = "42";
        s["Market:KospiListings"] = kospi.ToString(CultureInfo.InvariantCulture);
        s["Market:KosdaqListings"] = kosdaq.ToString(CultureInfo.InvariantCulture);
        s["Simulator:Profile"] = paper ? "Paper" : "Real";
        s["Simulator:Clock:Start"] = new DateTimeOffset(date.ToDateTime(new TimeOnly(15, 35)), TimeSpan.FromHours(9)).ToString("O", CultureInfo.InvariantCulture);
        s["Simulator:Clock:Paused"] = "true";
        s["Simulator:RateLimit:Enabled"] = rateLimited ? "true" : "false";
        s["Simulator:RateLimit:Algorithm"] = "SlidingLog";
        s["Simulator:RateLimit:Window"] = window.ToString("c", CultureInfo.InvariantCulture);
        var host = await SimulatorHost.StartAsync(options, null, cancellationToken);
        try
        {
            using var control = new HttpClient { BaseAddress = host.BaseUrl };
            var account = await control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{appKey}", UriKind.Relative), cancellationToken);
            var settings = new Dictionary<string, string?>
            {
                // Paper: V… TR IDs, 1 call per window, real-only endpoints refused by the client before any call.
                ["Kis:Environment"] = paper ? "Paper" : "Simulator",
                ["Kis:RestBaseUrl"] = host.BaseUrl.ToString(),
                ["Kis:WebSocketBaseUrl"] = host.WebSocketUrl.ToString(),
                ["Kis:AppKey"] = appKey,
                ["Kis:AppSecret"] = "BENCH-SECRET-" + appKey,
                ["Kis:AccountNumber"] = account.GetProperty("cano").GetString(),
                ["Kis:MasterFileBaseUrl"] = new Uri(host.BaseUrl, "common/master/").ToString(),
            };
            if (rateLimited && scale != 1)
            {
                settings["Kis:RateLimit:Window"] = window.ToString("c", CultureInfo.InvariantCulture);
                settings["Kis:RateLimit:SafetyMargin"] = (TimeSpan.FromMilliseconds(15) * scale).ToString("c", CultureInfo.InvariantCulture);
                settings["Kis:RateLimit:BackoffDelay"] = Max(TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1) * scale).ToString("c", CultureInfo.InvariantCulture);
                settings["Kis:RateLimit:ReducedRateDuration"] = Max(TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(60) * scale).ToString("c", CultureInfo.InvariantCulture);
            }

            if (!rateLimited)
            {
                // A budget far above what 16 calls in flight use: the limiter never makes a call wait.
                settings["Kis:RateLimit:RequestsPerSecond"] = "100";
                settings["Kis:RateLimit:Window"] = "00:00:00.010";
                settings["Kis:RateLimit:SafetyMargin"] = "00:00:00";
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddKisClient(configuration);
            services.AddKisMasterFiles(configuration);
            return new FunnelSimulator(host, services.BuildServiceProvider()) { Scale = scale };
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A process that trades holds its token long before the close: issue it outside the clock.</summary>
    public async Task WarmUpTokenAsync(CancellationToken cancellationToken)
    {
        await _client.GetRequiredService<KisConnections>().Trading.Tokens.GetAsync(cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1.1 * Scale), cancellationToken);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public ScreeningFunnel Funnel() => new(
        _client.GetRequiredService<IKisMarketData>(), _client.GetRequiredService<IMasterFileSource>(),
        new ScreeningOptions(), new FunnelOptions(), KrxCalendar.Default, TimeProvider.System);

    public NaiveScreeningCollector Naive() => new(
        _client.GetRequiredService<IKisMarketData>(), _client.GetRequiredService<IMasterFileSource>(),
        new Screener(new ScreeningOptions()), KrxCalendar.Default, new FunnelOptions());

    public RestMetrics Metrics() => _host.Services.GetRequiredService<SimMetrics>().Snapshot().Rest;

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        await _host.DisposeAsync();
    }
}
