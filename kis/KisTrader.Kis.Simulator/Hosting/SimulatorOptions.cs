using KisTrader.Kis.Simulator.Accounts;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>Server-wide settings (configuration section <c>Simulator</c>).</summary>
public sealed class SimulatorOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator";

    /// <summary>
    /// Which KIS domain this server plays (the --profile flag): Real (실전: T/J/C… TR IDs, 18 requests/s, every endpoint)
    /// or Paper (모의투자: V… TR IDs, 1 request/s, paper-only endpoint set, smaller pages). Default Real.
    /// </summary>
    public SimProfile Profile { get; set; } = SimProfile.Real;
}
