using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.Simulator.Hosting;

namespace KisTrader.Testing.Simulator;

/// <summary>
/// Starts the in-process KIS simulator the way every test project does: on a free loopback port, real profile, seed 42,
/// a small universe (200 KOSPI + 200 KOSDAQ listings, so it starts in well under a second), its simulated clock paused
/// at the given start (it moves only when a test moves it), the REST rate limit and the approval-key interval off (tests
/// of those turn them on through <c>configure</c>). Also the lookups every fixture repeated: the account the simulator
/// derives for an app key, and the configuration of a KIS client pointed at it.
/// </summary>
public static class TestSimulator
{
    /// <summary>Mon 2026-11-23 10:00 KST: the continuous session (market data flows when the clock moves).</summary>
    public static readonly DateTimeOffset ContinuousSession = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

    /// <summary>Mon 2026-11-23 15:25 KST: the closing auction, orders accepted.</summary>
    public static readonly DateTimeOffset ClosingAuction = new(2026, 11, 23, 15, 25, 0, TimeSpan.FromHours(9));

    /// <summary>
    /// The standard options; <paramref name="wall"/> replaces the wall clock (rate-limit windows, heartbeats, pumps and
    /// fault delays then move only when the test advances it).
    /// </summary>
    public static SimulatorHostOptions Options(DateTimeOffset start, Action<IDictionary<string, string?>>? configure = null, TimeProvider? wall = null)
    {
        var options = new SimulatorHostOptions { WallClock = wall };
        var s = options.Settings;
        s["Market:Seed"] = "42";
        s["Market:KospiListings"] = "200";
        s["Market:KosdaqListings"] = "200";
        s["Simulator:Profile"] = "Real";
        s["Simulator:Clock:Start"] = start.ToString("O", CultureInfo.InvariantCulture);
        s["Simulator:Clock:Paused"] = "true";
        s["Simulator:RateLimit:Enabled"] = "false";
        s["Simulator:Auth:ApprovalKeyInterval"] = "00:00:00";
        configure?.Invoke(s);
        return options;
    }

    /// <summary>Starts a simulator with the standard options (dispose it with <c>await using</c>).</summary>
    public static Task<SimulatorHost> StartAsync(DateTimeOffset start, Action<IDictionary<string, string?>>? configure = null, TimeProvider? wall = null) =>
        SimulatorHost.StartAsync(Options(start, configure, wall), null, TestContext.Current.CancellationToken);

    /// <summary>The account (CANO, HTS ID) the simulator derives for <paramref name="appKey"/> (GET /sim/accounts/{appKey}).</summary>
    public static async Task<(string Cano, string HtsId)> AccountAsync(SimulatorHost sim, string appKey)
    {
        ArgumentNullException.ThrowIfNull(sim);
        using var control = new HttpClient { BaseAddress = sim.BaseUrl };
        var account = await control.GetFromJsonAsync<JsonElement>(
            new Uri($"/sim/accounts/{Uri.EscapeDataString(appKey)}", UriKind.Relative), TestContext.Current.CancellationToken);
        return (account.GetProperty("cano").GetString()!, account.GetProperty("htsId").GetString()!);
    }

    /// <summary>
    /// The configuration keys of a KIS client for <paramref name="appKey"/> on <paramref name="sim"/> (environment
    /// Simulator, its REST, WebSocket and master-file URLs, the derived account, quick retries); callers add their own.
    /// </summary>
    public static async Task<Dictionary<string, string?>> ClientSettingsAsync(SimulatorHost sim, string appKey, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(sim);
        var (cano, htsId) = await AccountAsync(sim, appKey);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = sim.BaseUrl.ToString(),
            ["Kis:WebSocketBaseUrl"] = sim.WebSocketUrl.ToString(),
            ["Kis:AppKey"] = appKey,
            ["Kis:AppSecret"] = appSecret,
            ["Kis:AccountNumber"] = cano,
            ["Kis:HtsId"] = htsId,
            ["Kis:MasterFileBaseUrl"] = new Uri(sim.BaseUrl, "common/master/").ToString(),
            ["Kis:Resilience:RetryBaseDelay"] = "00:00:00.020",
        };
    }
}
