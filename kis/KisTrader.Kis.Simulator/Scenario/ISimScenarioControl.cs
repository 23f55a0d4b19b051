using System.Collections.Immutable;
using System.Text.Json;

namespace KisTrader.Kis.Simulator.Scenario;

/// <summary>
/// Loads scenarios into the running market (start-up and the control API). Loading replaces the whole market (a new
/// (seed, scenario) pair); <see cref="Market.ISimMarket.Generation"/> increments.
/// </summary>
internal interface ISimScenarioControl
{
    /// <summary>The loaded scenario, or null for the plain synthetic market.</summary>
    SimScenario? Scenario { get; }

    /// <summary>Fault schedule entries of the loaded scenario (raw JSON; empty when none).</summary>
    ImmutableArray<JsonElement> Faults { get; }

    /// <summary>Replaces the market with one built from <paramref name="scenario"/> (null: the synthetic default). Throws <see cref="ScenarioException"/>.</summary>
    void Load(SimScenario? scenario);

    /// <summary>Parses and loads scenario JSON. Throws <see cref="ScenarioException"/> with the JSON path of the problem.</summary>
    SimScenario LoadJson(string json);

    /// <summary>Raised after a scenario was loaded (e.g. to hand its faults to the fault service).</summary>
    event Action<SimScenario?>? Loaded;
}
