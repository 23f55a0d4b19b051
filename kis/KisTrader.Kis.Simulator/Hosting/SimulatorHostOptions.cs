namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>How to start a <see cref="SimulatorHost"/>: where to listen, configuration, and the wall clock.</summary>
public sealed class SimulatorHostOptions
{
    /// <summary>Listen URLs (';'-separated). Default "http://127.0.0.1:0": a free loopback port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>
    /// Configuration keys, e.g. ["Simulator:Profile"] = "Paper", ["Market:Seed"] = "42" (README "Configuration").
    /// They override appsettings.json, environment variables and <see cref="ConfigFiles"/>.
    /// </summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra JSON configuration files (the --config flag), applied in order before <see cref="Settings"/>.</summary>
    public IList<string> ConfigFiles { get; } = [];

    /// <summary>
    /// The wall clock: drives the simulated clock, rate-limit windows, heartbeats, pumps and fault delays.
    /// Default <see cref="TimeProvider.System"/>; tests pass a fake to step time by hand.
    /// </summary>
    public TimeProvider? WallClock { get; set; }

    /// <summary>Log to the console (the executable). Default false (in-process hosts stay quiet).</summary>
    public bool ConsoleLogging { get; set; }
}
