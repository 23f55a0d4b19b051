namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>The shape of a listing's trading day (drives the intraday path, volume profile and buy/sell balance).</summary>
internal enum DayType : byte
{
    /// <summary>Random walk around the market factor.</summary>
    Normal,

    /// <summary>Quiet until 14:00, then a volume-backed rally into the close with buyers in control (the strategy's target).</summary>
    StrongCloser,

    /// <summary>Steady rise all day on heavy volume.</summary>
    Momentum,

    /// <summary>Morning spike that fades into the close.</summary>
    Fade,

    /// <summary>Heavy selling all day.</summary>
    Selloff,

    /// <summary>Trading halt: no prints.</summary>
    Halted,

    /// <summary>Day pinned by a scenario (daily row and/or intraday).</summary>
    Scripted,
}

/// <summary>Market-wide mood of a day: how many listings have event days.</summary>
internal enum DayRegime : byte
{
    Quiet,
    Normal,
    Hot,
}
