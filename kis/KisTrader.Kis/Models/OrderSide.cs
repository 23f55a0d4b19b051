namespace KisTrader.Kis.Models;

/// <summary>SLL_BUY_DVSN_CD of an order: 01 매도, 02 매수.</summary>
public enum OrderSide
{
    /// <summary>01 매도.</summary>
    Sell = 1,

    /// <summary>02 매수.</summary>
    Buy = 2,
}
