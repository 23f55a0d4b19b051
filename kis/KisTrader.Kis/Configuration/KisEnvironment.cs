namespace KisTrader.Kis.Configuration;

/// <summary>Which KIS domain the client talks to. Only configuration differs between them (architecture.md §2).</summary>
public enum KisEnvironment
{
    /// <summary>The local simulator (kis/KisTrader.Kis.Simulator): plays the real domain; URLs must be configured.</summary>
    Simulator,

    /// <summary>모의투자 (paper trading): V… TR IDs, 1 request/s, a reduced endpoint set.</summary>
    Paper,

    /// <summary>실전투자 (real trading): T… TR IDs, 18 requests/s.</summary>
    Real,
}
