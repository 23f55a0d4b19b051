using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.WebSocket;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Tests.WebSocket.Support;

/// <summary>
/// An in-process simulator (real profile, small universe, seed 42) on a free loopback port for realtime tests, its
/// simulated clock paused at <see cref="Start"/> (Mon 2026-11-23 10:00 KST, continuous session) so data flows only when a
/// test moves it; the wall clock is real, so the simulator's 100 ms pump delivers what the clock move produced.
/// Everything is read through the public control API (/sim/metrics, /sim/faults, /sim/accounts), as a user would.
/// </summary>
internal sealed class RealtimeSimulator : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = TestSimulator.ContinuousSession;

    private readonly List<IAsyncDisposable> _owned = [];
    private int _nextKey;

    private RealtimeSimulator(SimulatorHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseUrl };
    }

    public SimulatorHost Host { get; }

    public SimClock Clock => Host.SimClock!;

    public HttpClient Http { get; }

    /// <param name="configure">Extra simulator settings.</param>
    /// <param name="start">The simulated start (default <see cref="Start"/>).</param>
    /// <param name="wall">The simulator's wall clock (heartbeats, pump, pong timeout) when a test drives it; real otherwise.</param>
    public static async Task<RealtimeSimulator> StartAsync(Action<IDictionary<string, string?>>? configure = null, DateTimeOffset? start = null, TimeProvider? wall = null)
    {
        var host = await TestSimulator.StartAsync(start ?? Start, configure, wall);
        return new RealtimeSimulator(host);
    }

    /// <summary>
    /// Moves the simulated clock forward so the market produces data; the next pump step delivers it. The feed is anchored
    /// when the host starts, so a move at once after the start is not lost and no wait is needed; the test then waits
    /// for the frames themselves.
    /// </summary>
    public Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return Task.CompletedTask;
    }

    /// <summary>A fresh app key and secret ("WS-KEY-n"), admitted by the simulator on first use.</summary>
    public (string AppKey, string AppSecret) NewCredentials()
    {
        var n = Interlocked.Increment(ref _nextKey);
        return ($"WS-KEY-{n}-{Guid.NewGuid():N}", $"WS-SECRET-{n}");
    }

    /// <summary>A client for <paramref name="appKey"/> with test-friendly timings (reconnect in tens of ms).</summary>
    public (KisRealtimeClient Client, SimulatorApprovalKeySource Keys, CapturingLogger<KisRealtimeClient> Log) CreateClient(
        string appKey, string appSecret, Action<KisWebSocketOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new KisWebSocketOptions
        {
            BaseUrl = Host.WebSocketUrl,
            ReconnectInitialDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
            RequestTimeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            IdleTimeout = TimeSpan.FromSeconds(30),
        };
        configure?.Invoke(options);
        var keys = new SimulatorApprovalKeySource(Host.BaseUrl, appKey, appSecret);
        var log = new CapturingLogger<KisRealtimeClient>();
        var client = new KisRealtimeClient(Options.Create(options), keys, time ?? TimeProvider.System, log);
        _owned.Add(client);
        _owned.Add(new DisposeAction(keys.Dispose));
        return (client, keys, log);
    }

    /// <summary>The simulator's WebSocket counters (GET /sim/metrics → webSocket).</summary>
    public async Task<JsonElement> WebSocketMetricsAsync() => (await GetJsonAsync("/sim/metrics")).GetProperty("webSocket");

    public async Task<JsonElement> MetricsAsync() => await GetJsonAsync("/sim/metrics");

    /// <summary>The account (CANO, HTS ID) the simulator derives for an app key.</summary>
    public Task<(string Cano, string HtsId)> AccountAsync(string appKey) => TestSimulator.AccountAsync(Host, appKey);

    /// <summary>Drops every WebSocket session now (wsDrop fault through the control API).</summary>
    public async Task DropWebSocketsAsync()
    {
        using var response = await Http.PostAsync("/sim/faults", new StringContent("""[{"kind":"wsDrop"}]""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Adds faults through the control API (POST /sim/faults, one object or an array).</summary>
    public async Task AddFaultAsync(string json)
    {
        using var response = await Http.PostAsync("/sim/faults", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>POST /oauth2/tokenP; returns the access token.</summary>
    public async Task<string> TokenAsync(string appKey, string appSecret)
    {
        using var response = await Http.PostAsJsonAsync(
            "/oauth2/tokenP",
            new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["appkey"] = appKey, ["appsecret"] = appSecret },
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>A raw order-cash call (kis-api.md §4.9, real TR IDs); returns the parsed body.</summary>
    public async Task<JsonElement> OrderCashAsync(string appKey, string appSecret, string token, string cano, bool buy, string code, string ordDvsn, long quantity, decimal price)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/uapi/domestic-stock/v1/trading/order-cash")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["CANO"] = cano,
                    ["ACNT_PRDT_CD"] = "01",
                    ["PDNO"] = code,
                    ["ORD_DVSN"] = ordDvsn,
                    ["ORD_QTY"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["ORD_UNPR"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("appkey", appKey);
        request.Headers.Add("appsecret", appSecret);
        request.Headers.Add("tr_id", buy ? "TTTC0012U" : "TTTC0011U");
        request.Headers.Add("custtype", "P");
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        Http.Dispose();
        await Host.DisposeAsync();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private sealed class DisposeAction(Action action) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            action();
            return ValueTask.CompletedTask;
        }
    }
}
