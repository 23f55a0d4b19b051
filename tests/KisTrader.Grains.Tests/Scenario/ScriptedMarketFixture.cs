using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using KisTrader.Kis.Simulator.Hosting;

namespace KisTrader.Grains.Tests.Scenario;

/// <summary>
/// The in-process KIS simulator (real profile) loaded with <see cref="ScriptedScreenScenario"/> from a temporary file
/// (<c>Market:ScenarioPath</c>), its market clock paused at 15:35 KST on the day (after the closing auction, before the
/// 15:40 closing-price session), and the configuration keys of a KIS client pointed at it (as
/// <c>Screening/SimMarketFixture</c> builds them: rate limit off on both sides, one shared token file).
/// </summary>
public sealed class ScriptedMarketFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scripted-screen-").FullName;

    public SimulatorHost Host { get; private set; } = null!;

    public HttpClient Control { get; private set; } = null!;

    /// <summary>The configuration keys of a client pointed at the simulator (given to the test silo).</summary>
    public Dictionary<string, string?> ClientSettings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (ScriptedScreenScenario.HistoryDays().Count != 20)
        {
            throw new InvalidOperationException("the scenario needs exactly 20 history days before 2026-11-23");
        }

        var scenarioPath = Path.Combine(_directory, "scenario.json");
        await File.WriteAllTextAsync(scenarioPath, ScriptedScreenScenario.Json(), TestContext.Current.CancellationToken);
        var options = new SimulatorHostOptions();
        var s = options.Settings;
        s["Market:Seed"] = "42";
        s["Market:ScenarioPath"] = scenarioPath;
        s["Simulator:Profile"] = "Real";
        s["Simulator:Clock:Start"] = new DateTimeOffset(2026, 11, 23, 15, 35, 0, TimeSpan.FromHours(9)).ToString("O", CultureInfo.InvariantCulture);
        s["Simulator:Clock:Paused"] = "true";
        s["Simulator:RateLimit:Enabled"] = "false";
        Host = await SimulatorHost.StartAsync(options, null, TestContext.Current.CancellationToken);
        Control = new HttpClient { BaseAddress = Host.BaseUrl };
        const string appKey = "PSscripted-screen-key-01";
        var account = await Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{appKey}", UriKind.Relative), TestContext.Current.CancellationToken);
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = Host.BaseUrl.ToString(),
            ["Kis:WebSocketBaseUrl"] = Host.WebSocketUrl.ToString(),
            ["Kis:AppKey"] = appKey,
            ["Kis:AppSecret"] = "scripted-screen-secret-01",
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:MasterFileBaseUrl"] = new Uri(Host.BaseUrl, "common/master/").ToString(),
            ["Kis:RateLimit:RequestsPerSecond"] = "100",
            ["Kis:RateLimit:Window"] = "00:00:00.010",
            ["Kis:RateLimit:SafetyMargin"] = "00:00:00",
            ["Kis:Resilience:RetryBaseDelay"] = "00:00:00.020",
            // Calls are counted: a query timed out by a loaded machine and retried would be one more.
            ["Kis:Resilience:QueryTimeout"] = "00:01:00",
            ["Kis:Resilience:OrderTimeout"] = "00:01:00",
            ["Kis:Auth:TokenStore"] = "File",
            ["Kis:Auth:TokenDirectory"] = Directory.CreateDirectory(Path.Combine(_directory, "tokens")).FullName,
            ["Kis:Auth:TokenEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        })
        {
            ClientSettings[key] = value;
        }
    }

    /// <summary>REST calls the simulator saw, by tr_id.</summary>
    public async Task<Dictionary<string, long>> CallsByTrIdAsync()
    {
        using var doc = JsonDocument.Parse(await Control.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return doc.RootElement.GetProperty("rest").GetProperty("byTrId").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        Control?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
