namespace KisTrader.Kis.Master;

/// <summary>The KRX market a master file lists.</summary>
public enum KrxMarket
{
    /// <summary>유가증권시장 (kospi_code.mst).</summary>
    Kospi,

    /// <summary>코스닥 (kosdaq_code.mst).</summary>
    Kosdaq,
}
