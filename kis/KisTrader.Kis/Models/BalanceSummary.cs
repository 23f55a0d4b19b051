using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-balance <c>output2</c> (an array with one row, or an object): cash and totals of the account. Cash figures:
/// <see cref="Deposit"/> is D+0 예수금, <see cref="NextDayCash"/> D+1, <see cref="SettledCash"/> D+2 (after pending
/// settlements) — the one to budget new buys with.
/// </summary>
public sealed record BalanceSummary
{
    /// <summary>dnca_tot_amt (예수금총금액).</summary>
    public decimal Deposit { get; init; }

    /// <summary>nxdy_excc_amt (익일정산금액, D+1).</summary>
    public decimal NextDayCash { get; init; }

    /// <summary>prvs_rcdl_excc_amt (가수도정산금액, D+2).</summary>
    public decimal SettledCash { get; init; }

    /// <summary>bfdy_buy_amt.</summary>
    public decimal PreviousDayBuyAmount { get; init; }

    /// <summary>thdt_buy_amt.</summary>
    public decimal TodayBuyAmount { get; init; }

    /// <summary>bfdy_sll_amt.</summary>
    public decimal PreviousDaySellAmount { get; init; }

    /// <summary>thdt_sll_amt.</summary>
    public decimal TodaySellAmount { get; init; }

    /// <summary>bfdy_tlex_amt (전일제비용).</summary>
    public decimal PreviousDayCosts { get; init; }

    /// <summary>thdt_tlex_amt (금일제비용).</summary>
    public decimal TodayCosts { get; init; }

    /// <summary>tot_loan_amt.</summary>
    public decimal TotalLoan { get; init; }

    /// <summary>scts_evlu_amt (유가평가금액).</summary>
    public decimal SecuritiesValue { get; init; }

    /// <summary>tot_evlu_amt (총평가금액 = securities + D+2 cash).</summary>
    public decimal TotalValue { get; init; }

    /// <summary>nass_amt (순자산금액).</summary>
    public decimal NetAssets { get; init; }

    /// <summary>pchs_amt_smtl_amt (매입금액합계).</summary>
    public decimal PurchaseTotal { get; init; }

    /// <summary>evlu_amt_smtl_amt (평가금액합계).</summary>
    public decimal EvaluationTotal { get; init; }

    /// <summary>evlu_pfls_smtl_amt (평가손익합계, signed).</summary>
    public decimal ProfitLossTotal { get; init; }

    /// <summary>bfdy_tot_asst_evlu_amt (전일총자산평가금액).</summary>
    public decimal? PreviousDayTotalAssets { get; init; }

    /// <summary>asst_icdc_amt (자산증감액, signed).</summary>
    public decimal? AssetChange { get; init; }

    /// <summary>asst_icdc_erng_rt (자산증감수익율 %).</summary>
    public decimal? AssetChangeRate { get; init; }

    /// <summary>Parses <c>output2</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed, or output2 does not hold exactly one row.</exception>
    public static BalanceSummary Parse(JsonElement output2)
    {
        var f = KisFields.Of(output2, Holding.EndpointName, "output2");
        return new BalanceSummary
        {
            Deposit = f.Number("dnca_tot_amt"),
            NextDayCash = f.Number("nxdy_excc_amt"),
            SettledCash = f.Number("prvs_rcdl_excc_amt"),
            PreviousDayBuyAmount = f.OptionalNumber("bfdy_buy_amt") ?? 0m,
            TodayBuyAmount = f.OptionalNumber("thdt_buy_amt") ?? 0m,
            PreviousDaySellAmount = f.OptionalNumber("bfdy_sll_amt") ?? 0m,
            TodaySellAmount = f.OptionalNumber("thdt_sll_amt") ?? 0m,
            PreviousDayCosts = f.OptionalNumber("bfdy_tlex_amt") ?? 0m,
            TodayCosts = f.OptionalNumber("thdt_tlex_amt") ?? 0m,
            TotalLoan = f.OptionalNumber("tot_loan_amt") ?? 0m,
            SecuritiesValue = f.Number("scts_evlu_amt"),
            TotalValue = f.Number("tot_evlu_amt"),
            NetAssets = f.Number("nass_amt"),
            PurchaseTotal = f.Number("pchs_amt_smtl_amt"),
            EvaluationTotal = f.Number("evlu_amt_smtl_amt"),
            ProfitLossTotal = f.Number("evlu_pfls_smtl_amt"),
            PreviousDayTotalAssets = f.OptionalNumber("bfdy_tot_asst_evlu_amt"),
            AssetChange = f.OptionalNumber("asst_icdc_amt"),
            AssetChangeRate = f.OptionalNumber("asst_icdc_erng_rt"),
        };
    }
}
