using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Grains.Scheduling;
using KisTrader.Grains.Tests.Screening;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Sessions;

/// <summary>
/// A one-silo cluster on a test-set clock (<see cref="ManualClock"/>, read by the grains; Orleans' own areas on real
/// time) with everything durable in one PostgreSQL database: grain state on ADO.NET with the rename-safe JSON serializer
/// and the journal. Sessions, schedule (its start-up wake off: tests wake it), KIS cluster adapters and the KIS client
/// against the shared simulator. Stopping it and deploying another on the same database is a full cluster restart.
/// <para>
/// Own app key and token directory: the client dates its token on the test clock, so that token must not reach the
/// other tests of the shared simulator.
/// </para>
/// </summary>
internal static class ClockedSessionCluster
{
    public const string AppKey = "PSsession-commands-key-01";

    public static async Task<Dictionary<string, string?>> SettingsAsync(SimMarketFixture sim, string tokenDirectory)
    {
        var account = await sim.Control.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{AppKey}", UriKind.Relative), TestContext.Current.CancellationToken);
        return new Dictionary<string, string?>(sim.ClientSettings, StringComparer.OrdinalIgnoreCase)
        {
            ["Kis:AppKey"] = AppKey,
            ["Kis:AppSecret"] = "session-commands-secret-01",
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString()!,
            ["Kis:HtsId"] = account.GetProperty("htsId").GetString()!,
            ["Kis:Auth:TokenDirectory"] = tokenDirectory,
            ["KisTrader:Schedule:Enabled"] = "false",
        };
    }

    public static Task<InProcessTestCluster> DeployAsync(string connectionString, IReadOnlyDictionary<string, string?> settings, TimeProvider clock) =>
        // Grain state rows are keyed by the service id: a restarted cluster must have the same one.
        SessionCluster.DeployAsync(connectionString, settings, clock, "kistrader-session-commands", (configuration, services) => services.AddScheduling(configuration));
}
