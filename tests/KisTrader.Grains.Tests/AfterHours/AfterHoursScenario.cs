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
    public static string Json(params (string Code, string Time, int Price, long Volume)[] matches)
    {
        var root = JsonNode.Parse(ScriptedScreenScenario.Json())!.AsObject();
        foreach (var group in matches.GroupBy(m => m.Code))
        {
            var symbol = root["symbols"]!.AsArray().Single(s => (string?)s!["code"] == group.Key)!;
            var day = symbol["days"]![0]!.AsObject();
            day["afterHours"] = new JsonArray([.. group.Select(m => (JsonNode)new JsonObject { ["time"] = m.Time, ["price"] = m.Price, ["volume"] = m.Volume })]);
        }

        return root.ToJsonString();
    }
}
