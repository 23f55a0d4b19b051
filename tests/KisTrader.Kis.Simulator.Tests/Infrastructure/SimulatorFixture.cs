using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Simulator.Tests.Infrastructure;

/// <summary>
/// An in-process simulator on a free loopback port for raw-protocol tests (use as <c>IClassFixture&lt;SimulatorFixture&gt;</c>,
/// or <see cref="StartAsync"/> for a host with its own settings). Deterministic by construction:
/// <list type="bullet">
/// <item>the wall clock is a <see cref="FakeTimeProvider"/> (<see cref="Wall"/>): rate-limit windows, heartbeats, pumps and
/// fault delays move only when a test advances it (background pumps do not run by themselves);</item>
/// <item>the simulated clock (<see cref="Clock"/>) starts paused at <see cref="DefaultStart"/> (2026-11-23 15:25 KST):
/// move it with <see cref="SimClock.JumpTo"/>/<see cref="SimClock.Advance"/> or the /sim/clock API;</item>
/// <item>a small universe (200 KOSPI + 200 KOSDAQ listings, seed 42) so it starts in well under a second;</item>
/// <item>the REST rate limit and the approval-key interval are off (tests of those turn them on in their own host).</item>
/// </list>
/// Tests within a class run one after another and share the host: use <see cref="NewCallerAsync"/> for a fresh app key
/// whenever a test changes token or account state.
/// </summary>
public class SimulatorFixture : IAsyncLifetime
{
    /// <summary>Where the simulated clock starts: 2026-11-23 (Mon) 15:25 KST, during the closing auction.</summary>
    public static readonly DateTimeOffset DefaultStart = TestSimulator.ClosingAuction;

    /// <summary>The documented demo key and secret.</summary>
    public const string AppKey = "SIM-APP-KEY";

    public const string AppSecret = "SIM-APP-SECRET";

    private readonly Dictionary<string, KisCaller> _callers = new(StringComparer.Ordinal);
    private readonly Action<IDictionary<string, string?>>? _configure;
    private SimulatorHost? _host;
    private int _nextKey;

    public SimulatorFixture()
    {
    }

    private SimulatorFixture(Action<IDictionary<string, string?>>? configure) => _configure = configure;

    /// <summary>The wall clock (fake): advance it to move rate-limit windows, delays and pumps.</summary>
    public FakeTimeProvider Wall { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public SimulatorHost Host => _host ?? throw new InvalidOperationException("The simulator has not started.");

    /// <summary>The simulated clock (paused at start).</summary>
    public SimClock Clock => Host.SimClock!;

    public Uri BaseUrl => Host.BaseUrl;

    public Uri WebSocketUrl => Host.WebSocketUrl;

    /// <summary>An HttpClient on <see cref="BaseUrl"/>.</summary>
    public HttpClient Http { get; private set; } = new();

    internal SimMetrics Metrics => Service<SimMetrics>();

    /// <summary>Where the simulated clock starts (override in a derived fixture).</summary>
    protected virtual DateTimeOffset Start => DefaultStart;

    /// <summary>A host with extra settings (e.g. ["Simulator:Accounts:Strict"] = "true"); dispose it in the test.</summary>
    public static async Task<SimulatorFixture> StartAsync(Action<IDictionary<string, string?>> configure)
    {
        var fixture = new SimulatorFixture(configure);
        await fixture.InitializeAsync();
        return fixture;
    }

    public async ValueTask InitializeAsync()
    {
        _host = await TestSimulator.StartAsync(
            Start,
            settings =>
            {
                Configure(settings);
                _configure?.Invoke(settings);
            },
            Wall);
        Http = new HttpClient { BaseAddress = _host.BaseUrl };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    public T Service<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Settings of this fixture (override to change the defaults).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    /// <summary>A fresh app key ("TEST-KEY-n") with a token (first use: admitted with secret "TEST-SECRET-n").</summary>
    public async Task<KisCaller> NewCallerAsync()
    {
        var n = Interlocked.Increment(ref _nextKey);
        return await CallerAsync($"TEST-KEY-{n}", $"TEST-SECRET-{n}");
    }

    /// <summary>A caller for a key with its token, issued once per fixture and key (tokenP allows one answer a minute).</summary>
    public async Task<KisCaller> CallerAsync(string appKey = AppKey, string appSecret = AppSecret)
    {
        lock (_callers)
        {
            if (_callers.TryGetValue(appKey, out var known))
            {
                return known;
            }
        }

        var response = await IssueTokenAsync(appKey, appSecret);
        Assert.True(response.Status == 200, $"tokenP for {appKey} answered {response.Status}: {response.Text}");
        var caller = new KisCaller(appKey, appSecret, response["access_token"]);
        lock (_callers)
        {
            _callers[appKey] = caller;
        }

        return caller;
    }

    /// <summary>POST /oauth2/tokenP with the KIS body.</summary>
    public Task<KisResponse> IssueTokenAsync(string appKey = AppKey, string appSecret = AppSecret) =>
        PostJsonAsync("/oauth2/tokenP", JsonSerializer.Serialize(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["appkey"] = appKey, ["appsecret"] = appSecret }));

    /// <summary>POST /oauth2/Approval (secret as "secretkey"); returns the approval_key.</summary>
    public async Task<string> ApprovalKeyAsync(string appKey = AppKey, string appSecret = AppSecret)
    {
        var response = await PostJsonAsync("/oauth2/Approval", JsonSerializer.Serialize(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["appkey"] = appKey, ["secretkey"] = appSecret }));
        Assert.True(response.Status == 200, $"Approval for {appKey} answered {response.Status}: {response.Text}");
        return response["approval_key"];
    }

    /// <summary>A KIS GET: query as given (names and case untouched), KIS headers from <paramref name="caller"/>.</summary>
    public async Task<KisResponse> GetAsync(string path, string trId, KisCaller caller, IEnumerable<(string Name, string Value)>? query = null, string trCont = "")
    {
        var q = query is null ? string.Empty : "?" + string.Join("&", query.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, path + q);
        AddKisHeaders(request, trId, caller, trCont);
        return await SendAsync(request);
    }

    /// <summary>A KIS POST with a JSON body (keys as given: KIS wants them upper case).</summary>
    public async Task<KisResponse> PostAsync(string path, string trId, KisCaller caller, string json, string trCont = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        AddKisHeaders(request, trId, caller, trCont);
        return await SendAsync(request);
    }

    /// <summary>POST a JSON body with no KIS headers (oauth2 endpoints, control API).</summary>
    public async Task<KisResponse> PostJsonAsync(string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await SendAsync(request);
    }

    /// <summary>A control-API call (GET/POST/DELETE under /sim).</summary>
    public async Task<KisResponse> ControlAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await SendAsync(request);
    }

    public async Task<KisResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await KisResponse.ReadAsync(response, TestContext.Current.CancellationToken);
    }

    /// <summary>The headers every KIS REST call carries (kis-api.md §2.5).</summary>
    public static void AddKisHeaders(HttpRequestMessage request, string trId, KisCaller caller, string trCont = "")
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
        request.Headers.Add("appkey", caller.AppKey);
        request.Headers.Add("appsecret", caller.AppSecret);
        request.Headers.Add("tr_id", trId);
        request.Headers.Add("custtype", caller.CustType);
        request.Headers.Add("tr_cont", trCont);
    }
}
