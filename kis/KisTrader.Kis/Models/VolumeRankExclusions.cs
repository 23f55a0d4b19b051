namespace KisTrader.Kis.Models;

/// <summary>FID_TRGT_EXLS_CLS_CODE of volume-rank: ten 0/1 positions, one per excluded kind, in this order.</summary>
[Flags]
public enum VolumeRankExclusions
{
    None = 0,

    /// <summary>Position 1: 투자위험/경고/주의.</summary>
    MarketWarnings = 1 << 0,

    /// <summary>Position 2: 관리종목.</summary>
    Administrative = 1 << 1,

    /// <summary>Position 3: 정리매매.</summary>
    Liquidation = 1 << 2,

    /// <summary>Position 4: 불성실공시.</summary>
    UnfaithfulDisclosure = 1 << 3,

    /// <summary>Position 5: 우선주.</summary>
    Preferred = 1 << 4,

    /// <summary>Position 6: 거래정지.</summary>
    Halted = 1 << 5,

    /// <summary>Position 7: ETF.</summary>
    Etf = 1 << 6,

    /// <summary>Position 8: ETN.</summary>
    Etn = 1 << 7,

    /// <summary>Position 9: 신용주문불가.</summary>
    NoCredit = 1 << 8,

    /// <summary>Position 10: SPAC.</summary>
    Spac = 1 << 9,
}
