namespace KisTrader.Survival;

/// <summary>What a <see cref="SurvivalCluster"/> runs: the programs, the database, the market and where its logs go.</summary>
/// <param name="ConnectionString">An empty PostgreSQL database (the cluster migrates it).</param>
/// <param name="SiloDll">The built <c>KisTrader.Silo.dll</c>.</param>
/// <param name="SimulatorDll">The built <c>KisTrader.Kis.Simulator.dll</c>.</param>
/// <param name="ScenarioPath">The simulator's scenario file (<c>Market:ScenarioPath</c>).</param>
/// <param name="Start">The simulated instant the cluster's clock stands at (paused) until the test lets it run.</param>
/// <param name="LogDirectory">Where each process's output is written (<c>&lt;name&gt;.log</c>).</param>
internal sealed record SurvivalClusterSettings(string ConnectionString, string SiloDll, string SimulatorDll, string ScenarioPath, DateTimeOffset Start, string LogDirectory)
{
    /// <summary>How many silo processes (default two).</summary>
    public int Silos { get; init; } = 2;

    /// <summary>The built <c>KisTrader.Web.dll</c>: when set, one front end process in client mode joins (<c>web1</c>).</summary>
    public string? WebDll { get; init; }

    /// <summary>The KIS app key the silos use (the simulator derives the account from it).</summary>
    public string AppKey { get; init; } = "SIM-APP-KEY";

    /// <summary>The KIS app secret the silos use.</summary>
    public string AppSecret { get; init; } = "SIM-APP-SECRET";

    /// <summary>More environment variables of every silo (e.g. <c>Kis__Resilience__QueryTimeout</c>), over the defaults.</summary>
    public IReadOnlyDictionary<string, string> SiloEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// When set, migrate, the silos and the front end log at this level (Default, KisTrader and System.Net.Http; the
    /// programs' appsettings keep Microsoft and Orleans at Warning), one line per entry (the simple console formatter's
    /// single-line form, exceptions included), so a sweep can read every entry from their output.
    /// </summary>
    public string? LogLevel { get; init; }
}
