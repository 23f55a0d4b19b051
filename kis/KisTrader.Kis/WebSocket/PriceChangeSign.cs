namespace KisTrader.Kis.WebSocket;

/// <summary>KIS 대비부호 (PRDY_VRSS_SIGN): 1 상한, 2 상승, 3 보합, 4 하한, 5 하락.</summary>
public enum PriceChangeSign
{
    /// <summary>Unknown or empty code.</summary>
    Unknown = 0,

    /// <summary>1 상한 (at the upper limit).</summary>
    UpperLimit = 1,

    /// <summary>2 상승.</summary>
    Up = 2,

    /// <summary>3 보합.</summary>
    Unchanged = 3,

    /// <summary>4 하한 (at the lower limit).</summary>
    LowerLimit = 4,

    /// <summary>5 하락.</summary>
    Down = 5,
}
