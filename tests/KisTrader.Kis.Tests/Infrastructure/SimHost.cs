using System.Text;
using System.Text.Json;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Simulator;

namespace KisTrader.Kis.Tests.Infrastructure;

/// <summary>
/// The KIS simulator in-process on a free loopback port, for client tests. Its market clock starts paused at
/// <see cref="DefaultStart"/> (tests move it through /sim/clock); its wall clock (rate-limit windows, fault delays) is
/// the real one, because the client paces itself in real time. Small universe (200 + 200 listings) so it starts fast.
/// The REST rate limit is off unless a test turns it on.
/// </summary>
public sealed class SimHost : IAsyncDisposable
{
    /// <summary>2026-11-23 (Mon) 15:25 KST: closing auction, orders accepted.</summary>
    public static readonly DateTimeOffset DefaultStart = TestSimulator.ClosingAuction;

    private SimHost(SimulatorHost host)
    {
        Host = host;
        Control = new HttpClient { BaseAddress = host.BaseUrl };
    }

    public SimulatorHost Host { get; }

    /// <summary>Raw HTTP to the simulator (control API under /sim).</summary>
    public HttpClient Control { get; }

    public static async Task<SimHost> StartAsync(Action<IDictionary<string, string?>>? configure = null, DateTimeOffset? start = null)
    {
        var host = await TestSimulator.StartAsync(start ?? DefaultStart, configure);
        return new SimHost(host);
    }

    /// <summary>GET /sim/metrics.</summary>
    public async Task<JsonElement> MetricsAsync()
    {
        using var document = JsonDocument.Parse(await Control.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }

    public async Task<long> TokensIssuedAsync() => (await MetricsAsync()).GetProperty("auth").GetProperty("tokensIssued").GetInt64();

    /// <summary>Calls of one tr_id seen by the gateway (0 when none).</summary>
    public async Task<long> CallsAsync(string trId) =>
        (await MetricsAsync()).GetProperty("rest").GetProperty("byTrId").TryGetProperty(trId, out var n) ? n.GetInt64() : 0;

    public async Task<long> RateLimitedAsync() => (await MetricsAsync()).GetProperty("rest").GetProperty("rateLimited").GetInt64();

    /// <summary>The CANO the simulator derives for an app key.</summary>
    public async Task<string> CanoAsync(string appKey) => (await TestSimulator.AccountAsync(Host, appKey)).Cano;

    /// <summary>The HTS ID the simulator derives for an app key.</summary>
    public async Task<string> HtsIdAsync(string appKey) => (await TestSimulator.AccountAsync(Host, appKey)).HtsId;

    /// <summary>POST /sim/faults (one fault object or an array).</summary>
    public Task AddFaultAsync(string json) => PostAsync("/sim/faults", json);

    /// <summary>POST /sim/clock, e.g. {"advance":"00:01:01"}.</summary>
    public Task ClockAsync(string json) => PostAsync("/sim/clock", json);

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await Host.DisposeAsync();
    }

    private async Task PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Control.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {text}");
    }
}
