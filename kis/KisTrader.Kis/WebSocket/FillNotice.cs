using System.Text;
using KisTrader.Kis.Secrets;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// A decrypted 체결통보 (H0STCNI0 real / H0STCNI9 paper, 26 fields, kis-api.md §5.4), mapped to receipt, fill or
/// rejection. Delivered on <see cref="IKisRealtimeClient.FillNotices"/>, which never drops (it waits). <see cref="ToString"/> masks the
/// account number.
/// </summary>
public sealed record FillNotice : KisRealtimeEvent
{
    public required string TrId { get; init; }

    public required FillNoticeKind Kind { get; init; }

    /// <summary>HTS ID (CUST_ID).</summary>
    public required string HtsId { get; init; }

    /// <summary>Full account number (ACNT_NO, CANO + product code). A secret: never log it unmasked.</summary>
    public required string AccountNumber { get; init; }

    /// <summary>주문번호 (ODER_NO), zero-padded as sent.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>원주문번호 (OODER_NO) of a modification/cancellation; empty for a new order.</summary>
    public required string OriginalOrderNumber { get; init; }

    /// <summary>
    /// SELN_BYOV_CLS (01 매도, 02 매수): the side of the order, the same <see cref="Models.OrderSide"/> as the REST order
    /// models; null for a code KIS has not documented (the notice is still delivered, never dropped).
    /// </summary>
    public required Models.OrderSide? Side { get; init; }

    /// <summary>정정구분 (RCTF_CLS): 0 정상, 1 정정, 2 취소.</summary>
    public required string ModifyCode { get; init; }

    /// <summary>ODER_KIND: the ORD_DVSN code (00 지정가, 01 시장가, …).</summary>
    public required string OrderType { get; init; }

    /// <summary>ODER_COND: 0 none, 1 IOC, 2 FOK.</summary>
    public required string OrderCondition { get; init; }

    public required string Symbol { get; init; }

    /// <summary>Fill: executed quantity. Receipt/rejection: the order quantity (KIS sends that in the same field).</summary>
    public required long Quantity { get; init; }

    /// <summary>Fill: execution price. Receipt/rejection: the order price.</summary>
    public required decimal Price { get; init; }

    /// <summary>STCK_CNTG_HOUR (KST).</summary>
    public required TimeOnly Time { get; init; }

    /// <summary>ACPT_YN: 1 주문접수, 2 확인, 3 취소(IOC/FOK).</summary>
    public required string AcceptanceCode { get; init; }

    /// <summary>BRNC_NO (the KRX_FWDG_ORD_ORGNO of modify/cancel).</summary>
    public required string Branch { get; init; }

    /// <summary>ODER_QTY: the order's quantity.</summary>
    public required long OrderQuantity { get; init; }

    /// <summary>ODER_PRC (field 26): the order's price.</summary>
    public required decimal OrderPrice { get; init; }

    /// <summary>ORD_COND_PRC (stop-limit condition price); 0 when none.</summary>
    public required decimal ConditionPrice { get; init; }

    /// <summary>ORD_EXG_GB (주문거래소구분).</summary>
    public required string Exchange { get; init; }

    /// <summary>CNTG_ISNM40: the stock name.</summary>
    public required string StockName { get; init; }

    /// <summary>ACNT_NAME: the account holder's name as sent.</summary>
    public required string AccountName { get; init; }

    /// <summary>The client's connection number that carried the notice (1 for the first, +1 per reconnect); 0 when not received on a connection.</summary>
    public long Connection { get; init; }

    /// <summary>The client's receive order of fill notices (1, 2, …, across connections); 0 when not received on a connection.</summary>
    public long Sequence { get; init; }

    /// <summary>CANO, the first 8 digits of <see cref="AccountNumber"/> (ACNT_NO = CANO + ACNT_PRDT_CD). A secret: never log it.</summary>
    public string Cano => AccountNumber.Trim() is { Length: > 8 } n ? n[..8] : AccountNumber.Trim();

    /// <summary>ACNT_PRDT_CD, the digits after the 8-digit CANO in <see cref="AccountNumber"/>; empty when ACNT_NO carries none.</summary>
    public string ProductCode => AccountNumber.Trim() is { Length: > 8 } n ? n[8..] : string.Empty;

    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("ReceivedAt = ").Append(ReceivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Connection = ").Append(Connection)
            .Append(", Sequence = ").Append(Sequence)
            .Append(", TrId = ").Append(TrId)
            .Append(", Kind = ").Append(Kind)
            .Append(", Account = ").Append(Redact.MaskAccount(AccountNumber))
            .Append(", OrderNumber = ").Append(OrderNumber)
            .Append(", OriginalOrderNumber = ").Append(OriginalOrderNumber)
            .Append(", Side = ").Append(Side)
            .Append(", Symbol = ").Append(Symbol)
            .Append(", Quantity = ").Append(Quantity)
            .Append(", Price = ").Append(Price)
            .Append(", Time = ").Append(Time.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", OrderQuantity = ").Append(OrderQuantity)
            .Append(", OrderPrice = ").Append(OrderPrice);
        return true;
    }
}
