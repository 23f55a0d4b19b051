namespace KisTrader.Kis.WebSocket;

/// <summary>What a 체결통보 reports (CNTG_YN and RFUS_YN of the 26-field record).</summary>
public enum FillNoticeKind
{
    /// <summary>CNTG_YN 1, RFUS_YN 0: an order, modification or cancellation was accepted (접수).</summary>
    Receipt,

    /// <summary>CNTG_YN 2: an execution (체결) of <see cref="FillNotice.Quantity"/> at <see cref="FillNotice.Price"/>.</summary>
    Fill,

    /// <summary>RFUS_YN 1: the order was refused (거부).</summary>
    Rejection,
}
