namespace KisTrader.Kis.WebSocket;

/// <summary>SELN_BYOV_CLS of a fill notice: 01 매도, 02 매수.</summary>
public enum OrderSideCode
{
    /// <summary>Unknown code.</summary>
    Unknown = 0,

    /// <summary>01 매도.</summary>
    Sell = 1,

    /// <summary>02 매수.</summary>
    Buy = 2,
}
