using System.Globalization;
using System.Text.Json.Nodes;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// Issue 12's survival test 4 fault schedule over scenario A's two days (simulator "faults" entries, README "Fault
/// injection"; instants KST): ~5 % of every /uapi call fails (3 % HTTP 500 EGW00002, 2 % timeouts), EGW00201 bursts at
/// the busy instants, the WebSocket dropped every <see cref="DropEvery"/> simulated minutes, garbled frames (malformed and
/// truncated), every token invalidated mid-session on each day, and "accepted, reply lost" on an order of each day.
/// </summary>
internal static class BrokerFaultSchedule
{
    /// <summary>Simulated minutes between WebSocket drops.</summary>
    public const int DropEvery = 7;

    /// <summary>The fault kinds the schedule injects (the simulator's counter names), each of which must happen.</summary>
    public static readonly string[] Kinds = ["http500", "timeout", "rateLimit", "wsDrop", "wsMalformed", "wsTruncated", "invalidateTokens", "replyLost"];

    private const string Day1 = "2026-11-23";
    private const string Day2 = "2026-11-24";
    private static readonly string[] OrderTrIds = ["TTTC0012U", "TTTC0011U"];

    /// <summary>The faults: request faults over both days, instant faults at their instants.</summary>
    public static JsonArray Faults()
    {
        var faults = new JsonArray
        {
            Window("http500", 0.03m, 1201),
            Window("timeout", 0.02m, 1202),
            // "Accepted, reply lost": the first order of each day reaches the desk but its answer never comes.
            new JsonObject { ["kind"] = "replyLost", ["from"] = At(Day1, "16:00"), ["to"] = At(Day1, "18:00"), ["count"] = 1, ["trIds"] = TrIds() },
            new JsonObject { ["kind"] = "replyLost", ["from"] = At(Day2, "09:00"), ["to"] = At(Day2, "15:30"), ["count"] = 1, ["trIds"] = TrIds() },
            // Token invalidation mid-session, each day.
            new JsonObject { ["kind"] = "invalidateTokens", ["at"] = At(Day1, "16:45") },
            new JsonObject { ["kind"] = "invalidateTokens", ["at"] = At(Day2, "11:30") },
        };
        // EGW00201 bursts: the next calls after each busy instant (the screen, the checkpoints, the morning, the exits).
        foreach (var (day, time) in new[] { (Day1, "15:29:30"), (Day1, "16:29:50"), (Day1, "16:59:50"), (Day2, "09:00"), (Day2, "09:59:50"), (Day2, "13:09:50"), (Day2, "15:19:50") })
        {
            faults.Add(new JsonObject { ["kind"] = "rateLimit", ["from"] = At(day, time), ["count"] = 6 });
        }

        foreach (var (day, open, close) in new[] { (Day1, new TimeOnly(14, 0), new TimeOnly(18, 0)), (Day2, new TimeOnly(8, 30), new TimeOnly(15, 30)) })
        {
            var n = 0;
            for (var t = open.AddMinutes(3); t < close; t = t.AddMinutes(DropEvery), n++)
            {
                var at = At(day, t.ToString("HH:mm", CultureInfo.InvariantCulture));
                faults.Add(new JsonObject { ["kind"] = "wsDrop", ["at"] = at });
                if (n % 3 == 1)
                {
                    // Garbled frames between drops: the next two data frames malformed, then the next two cut short.
                    var later = At(day, t.AddMinutes(2).ToString("HH:mm", CultureInfo.InvariantCulture));
                    faults.Add(new JsonObject { ["kind"] = n % 2 == 0 ? "wsMalformed" : "wsTruncated", ["at"] = later, ["count"] = 2 });
                }
            }
        }

        return faults;
    }

    /// <summary>The scenario file at <paramref name="scenarioPath"/> with <see cref="Faults"/> as its "faults", written to <paramref name="path"/>.</summary>
    public static string WriteScenario(string scenarioPath, string path)
    {
        var scenario = JsonNode.Parse(File.ReadAllText(scenarioPath), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        scenario["faults"] = Faults();
        File.WriteAllText(path, scenario.ToJsonString());
        return path;
    }

    private static JsonObject Window(string kind, decimal rate, int seed) =>
        new() { ["kind"] = kind, ["rate"] = rate, ["seed"] = seed, ["from"] = At(Day1, "14:00"), ["to"] = At(Day2, "18:00") };

    private static JsonArray TrIds() => [.. OrderTrIds.Select(t => (JsonNode)JsonValue.Create(t))];

    private static string At(string day, string time) => $"{day}T{(time.Length == 5 ? time + ":00" : time)}+09:00";
}
