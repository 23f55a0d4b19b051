namespace KisTrader.Kis.Models;

/// <summary>FID_BLNG_CLS_CODE of volume-rank: what the ranking sorts by.</summary>
public enum VolumeRankSort
{
    /// <summary>0 평균거래량 (volume).</summary>
    Volume = 0,

    /// <summary>1 거래증가율.</summary>
    VolumeGrowth = 1,

    /// <summary>2 평균거래회전율.</summary>
    VolumeTurnover = 2,

    /// <summary>3 거래금액순.</summary>
    TradingValue = 3,

    /// <summary>4 평균거래금액회전율.</summary>
    ValueTurnover = 4,
}
