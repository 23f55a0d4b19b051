namespace KisTrader.Survival;

/// <summary>What a <see cref="SurvivalCluster"/> runs: the programs, the database, the market and where its logs go.</summary>
/// <param name="ConnectionString">An empty PostgreSQL database (the cluster migrates it).</param>
/// <param name="SiloDll">The built <c>KisTrader.Silo.dll</c>.</param>
/// <param name="SimulatorDll">The built <c>KisTrader.Kis.Simulator.dll</c>.</param>
/// <param name="ScenarioPath">The simulator's scenario file (<c>Market:ScenarioPath</c>).</param>
/// <param name="Start">The simulated instant the cluster's clock stands at (paused) until the test lets it run.</param>
/// <param name="LogDirectory">Where each process's output is written (<c>&lt;name&gt;.log</c>).</param>
internal sealed record SurvivalClusterSettings(string ConnectionString, string SiloDll, string SimulatorDll, string ScenarioPath, DateTimeOffset Start, string LogDirectory);
