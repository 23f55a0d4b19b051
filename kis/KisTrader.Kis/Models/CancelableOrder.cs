using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-psbl-rvsecncl <c>output</c> row: an open order that can still be modified or cancelled.</summary>
public sealed record CancelableOrder
{
    public const string EndpointName = "inquire-psbl-rvsecncl";

    /// <summary>ord_gno_brno: the KRX_FWDG_ORD_ORGNO to send with the modify/cancel.</summary>
    public required string OrgNo { get; init; }

    /// <summary>odno (leading zeros kept).</summary>
    public required string OrderNo { get; init; }

    /// <summary>orgn_odno.</summary>
    public string OriginalOrderNo { get; init; } = string.Empty;

    /// <summary>pdno.</summary>
    public required string Symbol { get; init; }

    /// <summary>prdt_name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>sll_buy_dvsn_cd.</summary>
    public OrderSide Side { get; init; }

    /// <summary>ord_dvsn_cd as sent.</summary>
    public string DivisionCode { get; init; } = string.Empty;

    /// <summary>ord_dvsn_cd as a known <see cref="OrderDivision"/>, or null.</summary>
    public OrderDivision? Division { get; init; }

    /// <summary>ord_dvsn_name.</summary>
    public string DivisionName { get; init; } = string.Empty;

    /// <summary>rvse_cncl_dvsn_name ("정정" for a modified order, "" otherwise).</summary>
    public string ModifyCancelName { get; init; } = string.Empty;

    /// <summary>ord_qty.</summary>
    public long Quantity { get; init; }

    /// <summary>ord_unpr.</summary>
    public decimal Price { get; init; }

    /// <summary>ord_tmd (KST).</summary>
    public TimeOnly Time { get; init; }

    /// <summary>tot_ccld_qty.</summary>
    public long FilledQuantity { get; init; }

    /// <summary>tot_ccld_amt.</summary>
    public decimal? FilledAmount { get; init; }

    /// <summary>psbl_qty (정정취소가능수량).</summary>
    public long CancelableQuantity { get; init; }

    /// <summary>Parses <c>output</c> (one page).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<CancelableOrder> ParseRows(JsonElement output) => KisFields.Rows(output, EndpointName, "output", f =>
    {
        var sideCode = f.Text("sll_buy_dvsn_cd");
        var divisionCode = f.OptionalText("ord_dvsn_cd") ?? string.Empty;
        return new CancelableOrder
        {
            OrgNo = f.Text("ord_gno_brno"),
            OrderNo = f.Text("odno"),
            OriginalOrderNo = f.OptionalText("orgn_odno") ?? string.Empty,
            Symbol = f.Text("pdno"),
            Name = f.OptionalText("prdt_name") ?? string.Empty,
            Side = KisCodes.ParseOrderSide(sideCode) ?? throw f.Malformed("sll_buy_dvsn_cd", sideCode, "01 (sell) or 02 (buy)"),
            DivisionCode = divisionCode,
            Division = KisCodes.ParseOrderDivision(divisionCode),
            DivisionName = f.OptionalText("ord_dvsn_name") ?? string.Empty,
            ModifyCancelName = f.OptionalText("rvse_cncl_dvsn_name") ?? string.Empty,
            Quantity = f.Whole("ord_qty"),
            Price = f.Number("ord_unpr"),
            Time = f.Time("ord_tmd"),
            FilledQuantity = f.Whole("tot_ccld_qty"),
            FilledAmount = f.OptionalNumber("tot_ccld_amt"),
            CancelableQuantity = f.Whole("psbl_qty"),
        };
    });
}
