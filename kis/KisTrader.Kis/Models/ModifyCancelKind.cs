namespace KisTrader.Kis.Models;

/// <summary>RVSE_CNCL_DVSN_CD of order-rvsecncl: 01 정정, 02 취소.</summary>
public enum ModifyCancelKind
{
    /// <summary>01 정정 (change price or order type).</summary>
    Modify = 1,

    /// <summary>02 취소.</summary>
    Cancel = 2,
}
