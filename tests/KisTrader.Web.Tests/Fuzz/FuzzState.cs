using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// What the fuzz must leave as it was: the simulator's order counters (no order reached the broker), the kill switch,
/// the API keys, the last event sequence, the order history, the clock (paused before the run) and the admin key's
/// alert preferences.
/// </summary>
internal sealed record FuzzState(string Orders, string KillSwitch, string Keys, long LastEvent, long OrderHistory, string Clock, string Preferences)
{
    public static async Task<FuzzState> ReadAsync(FuzzCluster cluster, HttpClient admin)
    {
        var ct = TestContext.Current.CancellationToken;
        using var simulator = new HttpClient { BaseAddress = cluster.Simulation.Simulator.BaseUrl };
        var metrics = await simulator.GetFromJsonAsync<JsonElement>("sim/metrics", ct);
        var events = await admin.GetFromJsonAsync<JsonElement>("/api/events?after=0&limit=1000", ct);
        var orders = await admin.GetFromJsonAsync<JsonElement>("/api/orders?pageSize=1", ct);
        await using var hub = await HubClient.StartAsync(cluster.FrontEnd, WebClusterFixture.AdminKey);
        var preferences = await hub.Connection.InvokeAsync<JsonElement>("GetAlertPreferences", ct);
        return new FuzzState(
            metrics.GetProperty("orders").GetRawText(),
            (await admin.GetFromJsonAsync<JsonElement>("/api/control/kill-switch", ct)).GetRawText(),
            (await admin.GetFromJsonAsync<JsonElement>("/api/keys", ct)).GetRawText(),
            events.GetProperty("last").GetInt64(),
            orders.GetProperty("total").GetInt64(),
            (await admin.GetFromJsonAsync<JsonElement>("/api/control/clock", ct)).GetRawText(),
            preferences.GetRawText());
    }
}
