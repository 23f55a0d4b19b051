namespace KisTrader.Kis.Models;

/// <summary>FID_COND_MRKT_DIV_CODE: which market a quotation is asked for.</summary>
public enum KisMarketCode
{
    /// <summary>J: KRX.</summary>
    Krx,

    /// <summary>NX: 넥스트레이드 (NXT).</summary>
    Nxt,

    /// <summary>UN: 통합 (KRX + NXT).</summary>
    Unified,

    /// <summary>U: 업종 (indices).</summary>
    Index,
}
