namespace KisTrader.GrainInterfaces;

/// <summary>What a 체결통보 reports (its CNTG_YN and RFUS_YN).</summary>
[GenerateSerializer, Alias("KisTrader.FillNoticeKind")]
public enum FillNoticeKind
{
    /// <summary>An order, modification or cancellation was accepted (접수); quantity and price are the order's.</summary>
    Receipt = 0,

    /// <summary>An execution (체결) of the quantity at the price.</summary>
    Fill = 1,

    /// <summary>The order was refused (거부).</summary>
    Rejection = 2,
}
