using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace KisTrader.Web.Tests.Fuzz;

/// <summary>
/// What the fuzz must leave as it was, read from outside the processes: the simulator's order counters (no order
/// reached the broker), and through front end 1's API the kill switch, the API keys, the last event sequence, the
/// order history, the clock (paused before the run) and, over its hub, the admin key's alert preferences; and the row
/// count of every table of the cluster's PostgreSQL journal (schema <c>journal</c>: events, orders, keys, preferences …).
/// </summary>
internal sealed record FuzzState(string Orders, string KillSwitch, string Keys, long LastEvent, long OrderHistory, string Clock, string Preferences, string Journal)
{
    public static async Task<FuzzState> ReadAsync(FuzzCluster cluster)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = cluster.Client(cluster.AdminKey);
        using var simulator = new HttpClient { BaseAddress = cluster.Cluster.SimulatorUrl };
        var metrics = await simulator.GetFromJsonAsync<JsonElement>("sim/metrics", ct);
        var events = await admin.GetFromJsonAsync<JsonElement>("api/events?after=0&limit=1000", ct);
        var orders = await admin.GetFromJsonAsync<JsonElement>("api/orders?pageSize=1", ct);
        await using var hub = await cluster.HubAsync(cluster.AdminKey);
        var preferences = await hub.InvokeAsync<JsonElement>("GetAlertPreferences", ct);
        return new FuzzState(
            metrics.GetProperty("orders").GetRawText(),
            (await admin.GetFromJsonAsync<JsonElement>("api/control/kill-switch", ct)).GetRawText(),
            (await admin.GetFromJsonAsync<JsonElement>("api/keys", ct)).GetRawText(),
            events.GetProperty("last").GetInt64(),
            orders.GetProperty("total").GetInt64(),
            (await admin.GetFromJsonAsync<JsonElement>("api/control/clock", ct)).GetRawText(),
            preferences.GetRawText(),
            await JournalAsync(cluster.Cluster.Settings["PG_CONNECTION"], ct));
    }

    /// <summary>"table=rows" for every table of the journal schema, in name order (one query; the counts by query_to_xml).</summary>
    private static async Task<string> JournalAsync(string connectionString, CancellationToken ct)
    {
        const string sql = """
            SELECT table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text
            FROM information_schema.tables WHERE table_schema = 'journal' AND table_type = 'BASE TABLE' ORDER BY table_name
            """;
        await using var data = NpgsqlDataSource.Create(connectionString);
        await using var command = data.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var counts = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            counts.Add($"{reader.GetString(0)}={reader.GetString(1)}");
        }

        Assert.Contains(counts, c => c.StartsWith("events=", StringComparison.Ordinal));
        return string.Join(' ', counts);
    }
}
