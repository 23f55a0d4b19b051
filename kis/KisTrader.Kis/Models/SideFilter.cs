namespace KisTrader.Kis.Models;

/// <summary>SLL_BUY_DVSN_CD as a query filter (inquire-daily-ccld): 00 전체, 01 매도, 02 매수.</summary>
public enum SideFilter
{
    /// <summary>00 전체.</summary>
    All = 0,

    /// <summary>01 매도.</summary>
    Sell = 1,

    /// <summary>02 매수.</summary>
    Buy = 2,
}
