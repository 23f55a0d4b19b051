using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Silo.Simulation;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>
/// A silo on TCP (localhost clustering, free ports) built by the silo project's hosting with the in-process simulator
/// and its simulated clock (Monday 2026-11-23 10:00 KST, before the 14:30 prefetch, a 400-listing market), and the
/// front end as <see cref="WebApplicationFactory{TEntryPoint}"/> in client mode on its gateway, the simulator's clock
/// controlled through its URL. The admin key is <see cref="AdminKey"/>; bodies are limited to 64 KiB.
/// </summary>
public class WebClusterFixture : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789abcdef";
    public const long MaxBody = 65_536;

    /// <summary>The account key whose <c>fills/…</c> stream the front end relays (<c>KisTrader:Web:FillAccounts</c>).</summary>
    public const string FillAccount = "a-web-tests-account";
    private readonly string _clusterId = $"web-tests-{Guid.NewGuid():N}";
    private readonly int _gatewayPort = FreePort.Next();
    private SimulationEnvironment? _environment;
    private readonly Lock _lock = new();
    private IHost? _silo;
    private Dictionary<string, string?> _settings = [];
    private Task? _relayReady;
    private WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions>? _accountFactory;

    public WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> Factory { get; private set; } = null!;

    /// <summary>
    /// A front end told the traded account (<c>Kis:AccountNumber</c>, the simulator's): the kill switch and manual orders
    /// need it. Made at first use.
    /// </summary>
    public WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> AccountFactory
    {
        get
        {
            lock (_lock)
            {
                return _accountFactory ??= Create(s => s["Kis:AccountNumber"] = _environment!.KisSettings["Kis:AccountNumber"]);
            }
        }
    }

    public SimulationEnvironment Simulation => _environment!;

    /// <summary>The silo's services (its event publisher and stream provider: the tests play a grain's part).</summary>
    public IServiceProvider SiloServices => _silo!.Services;

    /// <summary>The simulated instant the clock starts at.</summary>
    protected virtual string Start => "2026-11-23T10:00:00+09:00";

    /// <summary>Changes the cluster's settings (simulation, market) before it starts.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["KisTrader:Simulation:Start"] = Start,
            // Real speed, no idle jumps (the run's defaults are 120× with fast-forward): the tests move the clock themselves.
            ["KisTrader:Simulation:Speed"] = "1",
            ["KisTrader:Simulation:FastForward"] = "false",
            ["Market:KospiListings"] = "200",
            ["Market:KosdaqListings"] = "200",
            ["Simulator:RateLimit:Enabled"] = "false",
            ["KisTrader:Cluster:ClusterId"] = _clusterId,
            ["KisTrader:Cluster:ServiceId"] = _clusterId,
            ["KisTrader:Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:GatewayPort"] = _gatewayPort.ToString(CultureInfo.InvariantCulture),
        };
        Configure(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _environment = await SimulationEnvironment.StartAsync(configuration, TestContext.Current.CancellationToken);
        _settings = settings;
        await StartSiloAsync();
        Factory = Create(_ => { });
    }

    /// <summary>
    /// Stops the silo and starts a new one on the same ports and simulator (its memory storage and stream pub-sub start
    /// empty): the front ends' Orleans clients lose their gateway and get it back.
    /// </summary>
    public async Task RestartSiloAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await _silo!.StopAsync(timeout.Token);
        }

        _silo.Dispose();
        await StartSiloAsync();
    }

    private async Task StartSiloAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _environment!.AddSilo(builder);
        _silo = builder.Build();
        await _silo.StartAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A front end on this cluster; <paramref name="settings"/> adds or overrides settings.</summary>
    public WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> Create(Action<IDictionary<string, string?>> settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["KisTrader:Web:Mode"] = "Client",
            ["KisTrader:Web:Client:Clustering"] = "Localhost",
            ["KisTrader:Web:Client:GatewayPort"] = _gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Web:Client:ClusterId"] = _clusterId,
            ["KisTrader:Web:Client:ServiceId"] = _clusterId,
            ["KisTrader:Web:SimulatorUrl"] = _environment!.Simulator.BaseUrl.ToString(),
            ["KisTrader:Web:MaxRequestBodyBytes"] = MaxBody.ToString(CultureInfo.InvariantCulture),
            ["KISTRADER_ADMIN_KEY"] = AdminKey,
            ["Kis:AppKey"] = _environment.KisSettings["Kis:AppKey"],
            ["KisTrader:Web:FillAccounts:0"] = FillAccount,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        settings(values);
        return new WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in values)
            {
                web.UseSetting(key, value);
            }
        });
    }

    /// <summary>
    /// Waits (once) until the front end's events relay is subscribed to events/all: a fresh admin connection (every
    /// category) receives a published system event.
    /// </summary>
    public Task RelayReadyAsync()
    {
        lock (_lock)
        {
            return _relayReady ??= WaitForRelayAsync();
        }
    }

    private async Task WaitForRelayAsync()
    {
        await using var probe = await HubClient.StartAsync(Factory, AdminKey);
        await KisTrader.Testing.Eventually.TrueAsync(async () =>
        {
            var sequence = await Publishing.SystemAsync(this);
            await Task.Delay(250);
            return probe.Sequences.Contains(sequence);
        }, "the events relay delivers", TimeSpan.FromSeconds(90));
    }

    /// <summary>A client of <paramref name="factory"/> (default: the fixture's) sending <paramref name="key"/>, if any.</summary>
    public HttpClient Client(string? key = AdminKey, WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions>? factory = null)
    {
        var client = (factory ?? Factory).CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>A new key of <paramref name="role"/> made through the API of <paramref name="factory"/> (default: the fixture's) with the admin key.</summary>
    public async Task<string> NewKeyAsync(string role, WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions>? factory = null)
    {
        using var admin = Client(factory: factory);
        using var response = await admin.PostAsJsonAsync("/api/keys", new { name = $"test {role}", role }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return created.GetProperty("key").GetString()!;
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_accountFactory is not null)
        {
            await _accountFactory.DisposeAsync();
        }

        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_silo is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _silo.StopAsync(timeout.Token);
            _silo.Dispose();
        }

        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }
}
