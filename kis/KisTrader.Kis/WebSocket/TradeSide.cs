namespace KisTrader.Kis.WebSocket;

/// <summary>체결구분 (CCLD_DVSN) of a print: 1 매수, 3 장전/장후/단일가, 5 매도.</summary>
public enum TradeSide
{
    /// <summary>Unknown code.</summary>
    Unknown = 0,

    /// <summary>1: buyer-initiated.</summary>
    Buy = 1,

    /// <summary>3: auction / single price.</summary>
    Auction = 3,

    /// <summary>5: seller-initiated.</summary>
    Sell = 5,
}
