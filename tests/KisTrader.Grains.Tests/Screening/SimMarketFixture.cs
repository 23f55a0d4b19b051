using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Grains.Screening;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Master;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Screening;

/// <summary>
/// The in-process KIS simulator (seed 42, a reduced universe so that the naive collector stays fast) with its market
/// clock paused after the close of <see cref="Day"/>, and a KIS client built as the application builds it. The
/// simulator's rate limit is off and the client's limiter is opened wide: these tests count calls, the benchmark
/// measures time at the real 18/s. <see cref="PaperSimMarketFixture"/> is the same market on a 모의투자 simulator.
/// </summary>
public class SimMarketFixture : IAsyncLifetime
{
    private readonly bool _paper;

    /// <summary>The real-profile simulator and a client whose environment is Simulator.</summary>
    public SimMarketFixture()
        : this(paper: false)
    {
    }

    /// <param name="paper">A Paper-profile simulator and a client whose environment is Paper (V… TR IDs, real-only endpoints refused by the client).</param>
    protected SimMarketFixture(bool paper) => _paper = paper;

    /// <summary>Monday 2026-11-23, a normal KRX trading day.</summary>
    public static readonly DateOnly Day = new(2026, 11, 23);

    public const int KospiListings = 250;
    public const int KosdaqListings = 450;

    private readonly string _tokenDirectory = Directory.CreateTempSubdirectory("funnel-tokens-").FullName;
    private ServiceProvider? _services;

    public SimulatorHost Host { get; private set; } = null!;

    public HttpClient Control { get; private set; } = null!;

    /// <summary>The configuration keys of a client pointed at the simulator (also given to test silos).</summary>
    public Dictionary<string, string?> ClientSettings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IKisMarketData MarketData => _services!.GetRequiredService<IKisMarketData>();

    public IMasterFileSource MasterFiles => _services!.GetRequiredService<IMasterFileSource>();

    public async ValueTask InitializeAsync()
    {
        var options = TestSimulator.Options(new DateTimeOffset(2026, 11, 23, 15, 35, 0, TimeSpan.FromHours(9)), s => s["Simulator:Profile"] = _paper ? "Paper" : "Real");
        // The market is this fixture's own (the seeded universe of ConfigureMarketAsync, or a scenario), not the small default.
        options.Settings.Remove("Market:KospiListings");
        options.Settings.Remove("Market:KosdaqListings");
        await ConfigureMarketAsync(options.Settings);
        Host = await SimulatorHost.StartAsync(options, null, TestContext.Current.CancellationToken);
        Control = new HttpClient { BaseAddress = Host.BaseUrl };
        var appKey = AppKey;
        var account = await Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{appKey}", UriKind.Relative));
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Kis:Environment"] = _paper ? "Paper" : "Simulator",
            ["Kis:RestBaseUrl"] = Host.BaseUrl.ToString(),
            ["Kis:WebSocketBaseUrl"] = Host.WebSocketUrl.ToString(),
            ["Kis:AppKey"] = appKey,
            ["Kis:AppSecret"] = _paper ? "funnel-paper-secret-0001" : "funnel-test-secret-0001",
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:MasterFileBaseUrl"] = new Uri(Host.BaseUrl, "common/master/").ToString(),
            ["Kis:RateLimit:RequestsPerSecond"] = "100",
            ["Kis:RateLimit:Window"] = "00:00:00.010",
            ["Kis:RateLimit:SafetyMargin"] = "00:00:00",
            ["Kis:Resilience:RetryBaseDelay"] = "00:00:00.020",
            // The tests count every call the gateway saw: a query timed out by a loaded machine and retried would be one more.
            ["Kis:Resilience:QueryTimeout"] = "00:01:00",
            ["Kis:Resilience:OrderTimeout"] = "00:01:00",
            // One encrypted token file for every client of the run (the fixture's and each test silo's), as a restarted
            // process reuses its token: KIS issues at most one a minute per key.
            ["Kis:Auth:TokenStore"] = "File",
            ["Kis:Auth:TokenDirectory"] = _tokenDirectory,
            ["Kis:Auth:TokenEncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        })
        {
            ClientSettings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ClientSettings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKisClient(configuration);
        services.AddKisMasterFiles(configuration);
        _services = services.BuildServiceProvider();
    }

    /// <summary>The app key of the fixture's client (the simulator derives the account from it).</summary>
    protected virtual string AppKey => _paper ? "PSfunnel-paper-key-0001" : "PSfunnel-test-key-0001";

    /// <summary>The market the simulator serves (besides the seed): by default the reduced seeded universe.</summary>
    protected virtual Task ConfigureMarketAsync(IDictionary<string, string?> settings)
    {
        settings["Market:KospiListings"] = KospiListings.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Market:KosdaqListings"] = KosdaqListings.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public ScreeningFunnel Funnel(FunnelOptions? options = null) =>
        new(MarketData, MasterFiles, new ScreeningOptions(), options ?? new FunnelOptions(), KrxCalendar.Default, TimeProvider.System);

    public NaiveScreeningCollector Naive() =>
        new(MarketData, MasterFiles, new Screener(new ScreeningOptions()), KrxCalendar.Default, new FunnelOptions());

    /// <summary>REST calls the simulator saw, by tr_id.</summary>
    public async Task<Dictionary<string, long>> CallsByTrIdAsync()
    {
        using var doc = JsonDocument.Parse(await Control.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative)));
        return doc.RootElement.GetProperty("rest").GetProperty("byTrId").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
    }

    /// <summary>Calls seen between two metric snapshots for one tr_id.</summary>
    public static long Delta(Dictionary<string, long> before, Dictionary<string, long> after, string trId) =>
        after.GetValueOrDefault(trId) - before.GetValueOrDefault(trId);

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Control?.Dispose();
        Directory.Delete(_tokenDirectory, recursive: true);
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}
