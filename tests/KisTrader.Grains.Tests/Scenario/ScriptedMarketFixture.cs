using KisTrader.Grains.Tests.Screening;

namespace KisTrader.Grains.Tests.Scenario;

/// <summary>
/// The in-process KIS simulator (real profile) loaded with <see cref="ScriptedScreenScenario"/> from a temporary file
/// (<c>Market:ScenarioPath</c>), its market clock paused at 15:35 KST on the day (after the closing auction, before the
/// 15:40 closing-price session), and a KIS client's settings pointed at it — the rest as <see cref="SimMarketFixture"/>
/// builds it (rate limit off on both sides, one shared token file).
/// </summary>
public sealed class ScriptedMarketFixture : SimMarketFixture
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scripted-screen-").FullName;

    protected override string AppKey => "PSscripted-screen-key-01";

    protected override async Task ConfigureMarketAsync(IDictionary<string, string?> settings)
    {
        if (ScriptedScreenScenario.HistoryDays().Count != 20)
        {
            throw new InvalidOperationException("the scenario needs exactly 20 history days before 2026-11-23");
        }

        var scenarioPath = Path.Combine(_directory, "scenario.json");
        await File.WriteAllTextAsync(scenarioPath, ScriptedScreenScenario.Json(), TestContext.Current.CancellationToken);
        settings["Market:ScenarioPath"] = scenarioPath;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
