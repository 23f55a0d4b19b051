namespace KisTrader.Kis.Models;

/// <summary>
/// The side of an order: SLL_BUY_DVSN_CD of the REST order models and SELN_BYOV_CLS of a WebSocket fill notice
/// (01 매도, 02 매수; parsed by <see cref="KisCodes.ParseOrderSide"/>). Not the aggressor side of a market print
/// (<see cref="WebSocket.TradeSide"/>, a different concept).
/// </summary>
public enum OrderSide
{
    /// <summary>01 매도.</summary>
    Sell = 1,

    /// <summary>02 매수.</summary>
    Buy = 2,
}
