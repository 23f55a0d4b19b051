using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-psbl-order <c>output</c>. Without margin trading use <see cref="NoMarginAmount"/>/<see cref="NoMarginQuantity"/>
/// (미수없는 매수); the max_* figures allow 미수 (buying on margin).
/// </summary>
public sealed record BuyingPower
{
    public const string EndpointName = "inquire-psbl-order";

    /// <summary>ord_psbl_cash (주문가능현금).</summary>
    public decimal OrderableCash { get; init; }

    /// <summary>ord_psbl_sbst (주문가능대용).</summary>
    public decimal? OrderableSubstitute { get; init; }

    /// <summary>ruse_psbl_amt (재사용가능금액: proceeds of today's sells).</summary>
    public decimal? ReusableAmount { get; init; }

    /// <summary>psbl_qty_calc_unpr (가능수량계산단가).</summary>
    public decimal? CalculationPrice { get; init; }

    /// <summary>nrcvb_buy_amt (미수없는매수금액).</summary>
    public decimal NoMarginAmount { get; init; }

    /// <summary>nrcvb_buy_qty (미수없는매수수량).</summary>
    public long NoMarginQuantity { get; init; }

    /// <summary>max_buy_amt (최대매수금액, may use 미수).</summary>
    public decimal MaxAmount { get; init; }

    /// <summary>max_buy_qty.</summary>
    public long MaxQuantity { get; init; }

    /// <summary>cma_evlu_amt.</summary>
    public decimal? CmaValue { get; init; }

    /// <summary>Parses <c>output</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static BuyingPower Parse(JsonElement output)
    {
        var f = KisFields.Of(output, EndpointName, "output");
        return new BuyingPower
        {
            OrderableCash = f.Number("ord_psbl_cash"),
            OrderableSubstitute = f.OptionalNumber("ord_psbl_sbst"),
            ReusableAmount = f.OptionalNumber("ruse_psbl_amt"),
            CalculationPrice = f.OptionalNumber("psbl_qty_calc_unpr"),
            NoMarginAmount = f.Number("nrcvb_buy_amt"),
            NoMarginQuantity = f.Whole("nrcvb_buy_qty"),
            MaxAmount = f.Number("max_buy_amt"),
            MaxQuantity = f.Whole("max_buy_qty"),
            CmaValue = f.OptionalNumber("cma_evlu_amt"),
        };
    }
}
