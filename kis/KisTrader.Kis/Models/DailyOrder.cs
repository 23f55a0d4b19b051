using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-daily-ccld <c>output1</c> row: one order (or modify/cancel) of a day with its fills so far. This is what
/// resolves an order whose outcome is unknown (match symbol, side, quantity, price and <see cref="OrderedAt"/>).
/// </summary>
public sealed record DailyOrder
{
    public const string EndpointName = "inquire-daily-ccld";

    /// <summary>ord_dt.</summary>
    public DateOnly Date { get; init; }

    /// <summary>ord_tmd (KST).</summary>
    public TimeOnly Time { get; init; }

    /// <summary>ord_gno_brno (주문채번지점번호): the KRX_FWDG_ORD_ORGNO to use when modifying or cancelling.</summary>
    public required string OrgNo { get; init; }

    /// <summary>odno (leading zeros kept).</summary>
    public required string OrderNo { get; init; }

    /// <summary>orgn_odno: the original order of a modify/cancel row; "" for a new order.</summary>
    public string OriginalOrderNo { get; init; } = string.Empty;

    /// <summary>sll_buy_dvsn_cd.</summary>
    public OrderSide Side { get; init; }

    /// <summary>sll_buy_dvsn_cd_name (e.g. "현금매수", "매도취소*").</summary>
    public string SideName { get; init; } = string.Empty;

    /// <summary>pdno.</summary>
    public required string Symbol { get; init; }

    /// <summary>prdt_name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>ord_dvsn_cd as sent (e.g. "00").</summary>
    public string DivisionCode { get; init; } = string.Empty;

    /// <summary>ord_dvsn_cd as a known <see cref="OrderDivision"/>, or null.</summary>
    public OrderDivision? Division { get; init; }

    /// <summary>ord_dvsn_name.</summary>
    public string DivisionName { get; init; } = string.Empty;

    /// <summary>ord_qty.</summary>
    public long Quantity { get; init; }

    /// <summary>ord_unpr (0 for priceless orders).</summary>
    public decimal Price { get; init; }

    /// <summary>tot_ccld_qty (총체결수량).</summary>
    public long FilledQuantity { get; init; }

    /// <summary>avg_prvs (체결평균가).</summary>
    public decimal AverageFillPrice { get; init; }

    /// <summary>tot_ccld_amt (총체결금액).</summary>
    public decimal FilledAmount { get; init; }

    /// <summary>rmn_qty (잔여수량): still open.</summary>
    public long RemainingQuantity { get; init; }

    /// <summary>cnc_cfrm_qty (확인수량).</summary>
    public long? CancelConfirmedQuantity { get; init; }

    /// <summary>rjct_qty (거부수량).</summary>
    public long? RejectedQuantity { get; init; }

    /// <summary>cncl_yn: this row is a cancel.</summary>
    public bool IsCancel { get; init; }

    /// <summary>ccld_cndt_name (체결조건: 없음/IOC/FOK).</summary>
    public string? ConditionName { get; init; }

    /// <summary>infm_tmd (통보시각: last fill), when sent (real accounts may omit it).</summary>
    public TimeOnly? LastFillTime { get; init; }

    /// <summary>excg_dvsn_cd (거래소구분코드), when sent.</summary>
    public string? ExchangeCode { get; init; }

    /// <summary>The order's instant (KST).</summary>
    public DateTimeOffset OrderedAt => KisTime.ToInstant(Date, Time);

    /// <summary>Parses <c>output1</c> (one page, in the requested order).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<DailyOrder> ParseRows(JsonElement output1) => KisFields.Rows(output1, EndpointName, "output1", f =>
    {
        var sideCode = f.Text("sll_buy_dvsn_cd");
        var divisionCode = f.OptionalText("ord_dvsn_cd") ?? string.Empty;
        return new DailyOrder
        {
            Date = f.Date("ord_dt"),
            Time = f.Time("ord_tmd"),
            OrgNo = f.Text("ord_gno_brno"),
            OrderNo = f.Text("odno"),
            OriginalOrderNo = f.OptionalText("orgn_odno") ?? string.Empty,
            Side = KisCodes.ParseOrderSide(sideCode) ?? throw f.Malformed("sll_buy_dvsn_cd", sideCode, "01 (sell) or 02 (buy)"),
            SideName = f.OptionalText("sll_buy_dvsn_cd_name") ?? string.Empty,
            Symbol = f.Text("pdno"),
            Name = f.OptionalText("prdt_name") ?? string.Empty,
            DivisionCode = divisionCode,
            Division = KisCodes.ParseOrderDivision(divisionCode),
            DivisionName = f.OptionalText("ord_dvsn_name") ?? string.Empty,
            Quantity = f.Whole("ord_qty"),
            Price = f.Number("ord_unpr"),
            FilledQuantity = f.Whole("tot_ccld_qty"),
            AverageFillPrice = f.Number("avg_prvs"),
            FilledAmount = f.Number("tot_ccld_amt"),
            RemainingQuantity = f.Whole("rmn_qty"),
            CancelConfirmedQuantity = f.OptionalWhole("cnc_cfrm_qty"),
            RejectedQuantity = f.OptionalWhole("rjct_qty"),
            IsCancel = f.OptionalFlag("cncl_yn") ?? false,
            ConditionName = f.OptionalText("ccld_cndt_name"),
            LastFillTime = f.OptionalTime("infm_tmd"),
            ExchangeCode = f.OptionalText("excg_dvsn_cd"),
        };
    });
}
