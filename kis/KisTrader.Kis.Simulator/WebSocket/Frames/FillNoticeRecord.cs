using KisTrader.Kis.Simulator.Trading.Api;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// The 26 fields of H0STCNI0/H0STCNI9 (kis-api.md §5.4): CUST_ID, ACNT_NO, ODER_NO, OODER_NO, SELN_BYOV_CLS, RCTF_CLS,
/// ODER_KIND, ODER_COND, STCK_SHRN_ISCD, CNTG_QTY, CNTG_UNPR, STCK_CNTG_HOUR, RFUS_YN, CNTG_YN, ACPT_YN, BRNC_NO,
/// ODER_QTY, ACNT_NAME, ORD_COND_PRC, ORD_EXG_GB, POPUP_YN, FILLER, CRDT_CLS, CRDT_LOAN_DATE, CNTG_ISNM40, ODER_PRC.
/// On a receipt (CNTG_YN 1) fields 10/11 carry the order quantity and price.
/// </summary>
internal static class FillNoticeRecord
{
    public const int FieldCount = 26;

    public static string[] Build(OrderNotice notice) =>
    [
        notice.HtsId,
        notice.AccountNo,
        notice.OrderNo,
        notice.OriginalOrderNo,
        notice.Side.Code(),
        notice.Action switch { OrderAction.Modify => "1", OrderAction.Cancel => "2", _ => "0" },
        notice.OrdDvsn,
        notice.Condition switch { OrderTimeCondition.ImmediateOrCancel => "1", OrderTimeCondition.FillOrKill => "2", _ => "0" },
        notice.Code,
        KisFormat.Int(notice.Quantity),
        KisFormat.Int(notice.Price),
        KisFormat.Hhmmss(notice.At),
        "0",
        notice.Kind == NoticeKind.Fill ? "2" : "1",
        notice.Kind switch { NoticeKind.Fill => "2", NoticeKind.ExchangeCancel => "3", _ => "1" },
        notice.Branch,
        KisFormat.Int(notice.OrderQuantity),
        notice.AccountName,
        "0",
        "1",
        "N",
        string.Empty,
        "10",
        string.Empty,
        notice.StockName,
        KisFormat.Int(notice.OrderPrice),
    ];
}
