namespace KisTrader.Kis.Models;

/// <summary>mrkt_warn_cls_code / master-file 시장경고: 00 없음, 01 투자주의, 02 투자경고, 03 투자위험.</summary>
public enum MarketWarning
{
    /// <summary>00 없음.</summary>
    None = 0,

    /// <summary>01 투자주의.</summary>
    Caution = 1,

    /// <summary>02 투자경고.</summary>
    Warning = 2,

    /// <summary>03 투자위험.</summary>
    Risk = 3,
}
