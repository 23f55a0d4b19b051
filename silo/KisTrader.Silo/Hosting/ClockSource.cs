namespace KisTrader.Silo.Hosting;

/// <summary>Where a silo's trading clock comes from (<c>KisTrader:Clock:Source</c>).</summary>
public enum ClockSource
{
    /// <summary>The machine's clock (production, paper, real; the default).</summary>
    Wall,

    /// <summary>
    /// The KIS simulator's simulated clock (<c>GET /sim/clock</c> at <c>Kis:RestBaseUrl</c>), followed by every silo of a
    /// multi-process cluster in Simulator mode: one simulated time (start, speed, pause, jumps) for the whole cluster.
    /// </summary>
    Simulator,
}
