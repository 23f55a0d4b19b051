namespace KisTrader.Kis.Models;

/// <summary>FID_DIV_CLS_CODE of volume-rank: 0 전체, 1 보통주, 2 우선주.</summary>
public enum VolumeRankDivision
{
    /// <summary>0 전체.</summary>
    All = 0,

    /// <summary>1 보통주.</summary>
    Common = 1,

    /// <summary>2 우선주.</summary>
    Preferred = 2,
}
