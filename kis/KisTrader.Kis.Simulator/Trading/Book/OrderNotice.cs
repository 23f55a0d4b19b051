using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>What a 체결통보 (H0STCNI0/H0STCNI9) reports: an order receipt (IsFill false) or an execution.</summary>
internal enum NoticeKind
{
    /// <summary>주문·정정·취소 접수 (CNTG_YN 1, ACPT_YN 1).</summary>
    Receipt,

    /// <summary>체결 (CNTG_YN 2, ACPT_YN 2).</summary>
    Fill,

    /// <summary>IOC/FOK rest dropped by the exchange (CNTG_YN 1, ACPT_YN 3).</summary>
    ExchangeCancel,
}

/// <summary>One order event for the fill-notice feed of an HTS ID (kis-api.md §5.4, 26-field layout).</summary>
/// <param name="HtsId">CUST_ID and the registration's tr_key.</param>
/// <param name="IsPaper">Paper accounts notify on H0STCNI9, real ones on H0STCNI0.</param>
/// <param name="AccountNo">ACNT_NO (CANO + ACNT_PRDT_CD).</param>
/// <param name="AccountName">ACNT_NAME.</param>
/// <param name="OrderNo">ODER_NO.</param>
/// <param name="OriginalOrderNo">OODER_NO (empty for a new order).</param>
/// <param name="Side">SELN_BYOV_CLS.</param>
/// <param name="Action">RCTF_CLS: 0 new, 1 modify, 2 cancel.</param>
/// <param name="OrdDvsn">ODER_KIND.</param>
/// <param name="Condition">ODER_COND: 0 none, 1 IOC, 2 FOK.</param>
/// <param name="Code">STCK_SHRN_ISCD.</param>
/// <param name="Quantity">CNTG_QTY: filled quantity, or the order quantity on a receipt.</param>
/// <param name="Price">CNTG_UNPR: fill price, or the order price on a receipt.</param>
/// <param name="At">STCK_CNTG_HOUR.</param>
/// <param name="Kind">Receipt, fill or exchange cancel.</param>
/// <param name="Branch">BRNC_NO.</param>
/// <param name="OrderQuantity">ODER_QTY.</param>
/// <param name="StockName">CNTG_ISNM40.</param>
/// <param name="OrderPrice">ODER_PRC.</param>
internal sealed record OrderNotice(
    string HtsId,
    bool IsPaper,
    string AccountNo,
    string AccountName,
    string OrderNo,
    string OriginalOrderNo,
    OrderSide Side,
    Book.OrderAction Action,
    string OrdDvsn,
    OrderTimeCondition Condition,
    string Code,
    long Quantity,
    decimal Price,
    DateTimeOffset At,
    NoticeKind Kind,
    string Branch,
    long OrderQuantity,
    string StockName,
    decimal OrderPrice);
