using System.Text.Json.Nodes;
using KisTrader.Grains.Tests.Scenario;

namespace KisTrader.Grains.Tests.AfterHours;

/// <summary>
/// The scripted screen of <see cref="ScriptedScreenScenario"/> (selected 900100, 900200, 900110, 900120, 900210 with
/// 2,000,000 each; backups 900230, 900220, 900130) plus scripted after-hours matches on 2026-11-23. A symbol without a
/// scripted match keeps its close as the indicative price all session (the simulator carries the close to every auction
/// that does not match), so its change is 0.
/// </summary>
internal static class AfterHoursScenario
{
    public static string Json(params (string Code, string Time, int Price, long Volume)[] matches) =>
        With(JsonNode.Parse(ScriptedScreenScenario.Json())!.AsObject(), matches);

    /// <summary>
    /// As <see cref="Json"/>, with 900240's 14:00 bar at 100,000 bought / 50,000 sold instead of 30,000 / 15,000: its
    /// late volume share (C3) becomes (150,000 + the 30,000 closing auction) ÷ (1,100,000 + 325,000 + 150,000 + 30,000)
    /// = 180,000 ÷ 1,605,000 = 0.1121…, below Relax1's 0.12 but at least Relax2's 0.10 (its other conditions pass at
    /// Relax1 already: volume multiple 1,605,000 ÷ 500,000 = 3.21, strength 900,000 ÷ 675,000 = 133.3, close ÷ VWAP
    /// 10,400 ÷ 9,976.32 = 1.042), so the 15:35 screen (kept at Relax1) still leaves it out and a re-search one level
    /// looser finds it.
    /// </summary>
    public static string WithLateBuyersOn900240(params (string Code, string Time, int Price, long Volume)[] matches)
    {
        var root = JsonNode.Parse(ScriptedScreenScenario.Json())!.AsObject();
        var bar = root["symbols"]!.AsArray().Single(s => (string?)s!["code"] == "900240")!["days"]![0]!["bars"]!.AsArray()
            .Single(b => (string?)b!["time"] == "14:00")!.AsObject();
        bar["buyVolume"] = 100_000;
        bar["sellVolume"] = 50_000;
        return With(root, matches);
    }

    private static string With(JsonObject root, (string Code, string Time, int Price, long Volume)[] matches)
    {
        foreach (var group in matches.GroupBy(m => m.Code))
        {
            var symbol = root["symbols"]!.AsArray().Single(s => (string?)s!["code"] == group.Key)!;
            var day = symbol["days"]![0]!.AsObject();
            day["afterHours"] = new JsonArray([.. group.Select(m => (JsonNode)new JsonObject { ["time"] = m.Time, ["price"] = m.Price, ["volume"] = m.Volume })]);
        }

        return root.ToJsonString();
    }
}
