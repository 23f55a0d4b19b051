using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>The account replies' field lists (kis-api.md §4.10–§4.13; OTA chk_* column maps), every value a string.</summary>
internal static class AccountJson
{
    public static JsonObject Holding(HoldingRow h)
    {
        var evaluation = h.Quantity * h.CurrentPrice;
        var purchase = decimal.Truncate(h.PurchaseAmount);
        var profit = evaluation - purchase;
        var profitRate = purchase == 0m ? 0m : profit * 100m / purchase;
        return new JsonObject
        {
            ["pdno"] = h.Code,
            ["prdt_name"] = h.Name,
            ["trad_dvsn_name"] = "현금",
            ["bfdy_buy_qty"] = KisFormat.Int(h.PreviousDayBuyQuantity),
            ["bfdy_sll_qty"] = KisFormat.Int(h.PreviousDaySellQuantity),
            ["thdt_buyqty"] = KisFormat.Int(h.TodayBuyQuantity),
            ["thdt_sll_qty"] = KisFormat.Int(h.TodaySellQuantity),
            ["hldg_qty"] = KisFormat.Int(h.Quantity),
            ["ord_psbl_qty"] = KisFormat.Int(h.OrderableQuantity),
            ["pchs_avg_pric"] = KisFormat.Fixed(h.AveragePrice, 4),
            ["pchs_amt"] = KisFormat.Int(purchase),
            ["prpr"] = KisFormat.Int(h.CurrentPrice),
            ["evlu_amt"] = KisFormat.Int(evaluation),
            ["evlu_pfls_amt"] = KisFormat.Int(profit),
            ["evlu_pfls_rt"] = KisFormat.Rate(profitRate),
            ["evlu_erng_rt"] = KisFormat.Fixed(profitRate, 8),
            ["loan_dt"] = string.Empty,
            ["loan_amt"] = "0",
            ["stln_slng_chgs"] = "0",
            ["expd_dt"] = string.Empty,
            ["fltt_rt"] = KisFormat.Fixed(h.BasePrice == 0m ? 0m : (h.CurrentPrice - h.BasePrice) * 100m / h.BasePrice, 8),
            ["bfdy_cprs_icdc"] = KisFormat.Int(h.CurrentPrice - h.BasePrice),
            ["item_mgna_rt_name"] = "100%",
            ["grta_rt_name"] = string.Empty,
            ["sbst_pric"] = "0",
            ["stck_loan_unpr"] = "0",
        };
    }

    /// <summary>output2's single row: cash (D+0, D+1, D+2), today's and yesterday's flows, evaluation over all holdings.</summary>
    public static JsonObject BalanceSummary(BalanceView view)
    {
        var s = view.Summary;
        var purchase = view.Rows.Sum(h => decimal.Truncate(h.PurchaseAmount));
        var evaluation = view.Rows.Sum(h => h.Quantity * h.CurrentPrice);
        var total = evaluation + s.CashAfterSettlement;
        var change = total - s.PreviousDayTotalAsset;
        return new JsonObject
        {
            ["dnca_tot_amt"] = KisFormat.Int(s.Deposit),
            ["nxdy_excc_amt"] = KisFormat.Int(s.NextDayCash),
            ["prvs_rcdl_excc_amt"] = KisFormat.Int(s.CashAfterSettlement),
            ["cma_evlu_amt"] = "0",
            ["bfdy_buy_amt"] = KisFormat.Int(s.PreviousDayBuyAmount),
            ["thdt_buy_amt"] = KisFormat.Int(s.TodayBuyAmount),
            ["nxdy_auto_rdpt_amt"] = "0",
            ["bfdy_sll_amt"] = KisFormat.Int(s.PreviousDaySellAmount),
            ["thdt_sll_amt"] = KisFormat.Int(s.TodaySellAmount),
            ["d2_auto_rdpt_amt"] = "0",
            ["bfdy_tlex_amt"] = KisFormat.Int(s.PreviousDayCosts),
            ["thdt_tlex_amt"] = KisFormat.Int(s.TodayCosts),
            ["tot_loan_amt"] = "0",
            ["scts_evlu_amt"] = KisFormat.Int(evaluation),
            ["tot_evlu_amt"] = KisFormat.Int(total),
            ["nass_amt"] = KisFormat.Int(total),
            ["fncg_gld_auto_rdpt_yn"] = string.Empty,
            ["pchs_amt_smtl_amt"] = KisFormat.Int(purchase),
            ["evlu_amt_smtl_amt"] = KisFormat.Int(evaluation),
            ["evlu_pfls_smtl_amt"] = KisFormat.Int(evaluation - purchase),
            ["tot_stln_slng_chgs"] = "0",
            ["bfdy_tot_asst_evlu_amt"] = KisFormat.Int(s.PreviousDayTotalAsset),
            ["asst_icdc_amt"] = KisFormat.Int(change),
            ["asst_icdc_erng_rt"] = KisFormat.Fixed(s.PreviousDayTotalAsset == 0m ? 0m : change * 100m / s.PreviousDayTotalAsset, 8),
        };
    }

    public static JsonObject DailyOrder(OrderRow r) => new()
    {
        ["ord_dt"] = Kst.Yyyymmdd(r.Date),
        ["ord_gno_brno"] = r.Branch,
        ["odno"] = r.OrderNo,
        ["orgn_odno"] = r.OriginalOrderNo,
        ["ord_dvsn_name"] = r.Type.Name,
        ["sll_buy_dvsn_cd"] = r.Side.Code(),
        ["sll_buy_dvsn_cd_name"] = SideName(r),
        ["pdno"] = r.Code,
        ["prdt_name"] = r.Name,
        ["ord_qty"] = KisFormat.Int(r.Quantity),
        ["ord_unpr"] = KisFormat.Int(r.Price),
        ["ord_tmd"] = Kst.Hhmmss(r.PlacedAt),
        ["tot_ccld_qty"] = KisFormat.Int(r.FilledQuantity),
        ["avg_prvs"] = KisFormat.Int(r.AverageFillPrice),
        ["cncl_yn"] = r.Action == OrderAction.Cancel ? "Y" : "N",
        ["tot_ccld_amt"] = KisFormat.Int(r.FilledAmount),
        ["loan_dt"] = string.Empty,
        ["ordr_empno"] = string.Empty,
        ["ord_dvsn_cd"] = r.Type.Code,
        ["cnc_cfrm_qty"] = KisFormat.Int(r.CancelConfirmedQuantity),
        ["rmn_qty"] = KisFormat.Int(r.RemainingQuantity),
        ["rjct_qty"] = "0",
        ["ccld_cndt_name"] = r.Type.Condition switch { OrderTimeCondition.ImmediateOrCancel => "IOC", OrderTimeCondition.FillOrKill => "FOK", _ => "없음" },
        ["inqr_ip_addr"] = string.Empty,
        ["cpbc_ordp_ord_rcit_dvsn_cd"] = string.Empty,
        ["cpbc_ordp_infm_mthd_dvsn_cd"] = string.Empty,
        ["infm_tmd"] = r.LastFillAt is { } filledAt ? Kst.Hhmmss(filledAt) : string.Empty,
        ["ctac_tlno"] = string.Empty,
        ["prdt_type_cd"] = "300",
        ["excg_dvsn_cd"] = "01",
        ["cpbc_ordp_mtrl_dvsn_cd"] = string.Empty,
        ["ord_orgno"] = r.Branch,
        ["rsvn_ord_end_dt"] = string.Empty,
        ["excg_id_dvsn_Cd"] = "KRX",
        ["stpm_cndt_pric"] = "0",
        ["stpm_efct_occr_dtmd"] = string.Empty,
    };

    /// <summary>output2 of inquire-daily-ccld: totals over every matching row (cancel rows carry no order quantity).</summary>
    public static JsonObject DailyTotals(IReadOnlyList<OrderRow> rows)
    {
        var filledQuantity = rows.Sum(r => r.FilledQuantity);
        var filledAmount = rows.Sum(r => r.FilledAmount);
        return new JsonObject
        {
            ["tot_ord_qty"] = KisFormat.Int(rows.Where(r => r.Action != OrderAction.Cancel).Sum(r => r.Quantity)),
            ["tot_ccld_qty"] = KisFormat.Int(filledQuantity),
            ["tot_ccld_amt"] = KisFormat.Int(filledAmount),
            ["prsm_tlex_smtl"] = KisFormat.Int(rows.Sum(r => r.Costs)),
            ["pchs_avg_pric"] = KisFormat.Fixed(filledQuantity == 0 ? 0m : filledAmount / filledQuantity, 4),
        };
    }

    public static JsonObject BuyingPower(BuyingPowerView v) => new()
    {
        ["ord_psbl_cash"] = KisFormat.Int(v.OrderableCash),
        ["ord_psbl_sbst"] = "0",
        ["ruse_psbl_amt"] = KisFormat.Int(v.ReusableAmount),
        ["fund_rpch_chgs"] = "0",
        ["psbl_qty_calc_unpr"] = KisFormat.Int(v.CalculationPrice),
        ["nrcvb_buy_amt"] = KisFormat.Int(v.NoMarginAmount),
        ["nrcvb_buy_qty"] = KisFormat.Int(v.NoMarginQuantity),
        ["max_buy_amt"] = KisFormat.Int(v.NoMarginAmount),
        ["max_buy_qty"] = KisFormat.Int(v.NoMarginQuantity),
        ["cma_evlu_amt"] = "0",
        ["ovrs_re_use_amt_wcrc"] = "0",
        ["ord_psbl_frcr_amt_wcrc"] = "0",
    };

    public static JsonObject Cancelable(OrderRow r) => new()
    {
        ["ord_gno_brno"] = r.Branch,
        ["odno"] = r.OrderNo,
        ["orgn_odno"] = r.OriginalOrderNo,
        ["ord_dvsn_name"] = r.Type.Name,
        ["pdno"] = r.Code,
        ["prdt_name"] = r.Name,
        ["rvse_cncl_dvsn_name"] = r.Action == OrderAction.Modify ? "정정" : string.Empty,
        ["ord_qty"] = KisFormat.Int(r.Quantity),
        ["ord_unpr"] = KisFormat.Int(r.Price),
        ["ord_tmd"] = Kst.Hhmmss(r.PlacedAt),
        ["tot_ccld_qty"] = KisFormat.Int(r.FilledQuantity),
        ["tot_ccld_amt"] = KisFormat.Int(r.FilledAmount),
        ["psbl_qty"] = KisFormat.Int(r.RemainingQuantity),
        ["sll_buy_dvsn_cd"] = r.Side.Code(),
        ["ord_dvsn_cd"] = r.Type.Code,
        ["mgco_aptm_odno"] = string.Empty,
        ["excg_dvsn_cd"] = "01",
        ["excg_id_dvsn_cd"] = "KRX",
        ["excg_id_dvsn_name"] = "한국거래소",
        ["stpm_cndt_pric"] = "0",
        ["stpm_efct_occr_yn"] = "N",
    };

    private static string SideName(OrderRow r) => (r.Action, r.Side) switch
    {
        (OrderAction.Modify, OrderSide.Sell) => "매도정정*",
        (OrderAction.Modify, OrderSide.Buy) => "매수정정*",
        (OrderAction.Cancel, OrderSide.Sell) => "매도취소*",
        (OrderAction.Cancel, OrderSide.Buy) => "매수취소*",
        (_, OrderSide.Sell) => "현금매도",
        _ => "현금매수",
    };
}
