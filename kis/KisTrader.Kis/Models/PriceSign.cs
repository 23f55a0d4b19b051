namespace KisTrader.Kis.Models;

/// <summary>prdy_vrss_sign and the other *_sign fields: 1 상한, 2 상승, 3 보합, 4 하한, 5 하락.</summary>
public enum PriceSign
{
    /// <summary>Empty field (no price yet).</summary>
    None = 0,

    /// <summary>1 상한: at the daily upper limit.</summary>
    UpperLimit = 1,

    /// <summary>2 상승.</summary>
    Up = 2,

    /// <summary>3 보합.</summary>
    Flat = 3,

    /// <summary>4 하한: at the daily lower limit.</summary>
    LowerLimit = 4,

    /// <summary>5 하락.</summary>
    Down = 5,
}
