namespace KisTrader.Kis.Models;

/// <summary>inquire-balance: holdings per symbol (INQR_DVSN 02) and the account summary, paged with CTX_AREA_FK100/NK100.</summary>
/// <param name="Account">CANO + ACNT_PRDT_CD.</param>
/// <param name="AfterHoursPrices">AFHR_FLPR_YN: Y prices holdings at the 시간외단일가, N at the regular price.</param>
/// <param name="IncludePreviousDayTrades">PRCS_DVSN: 00 전일매매포함 (true), 01 미포함.</param>
public sealed record BalanceRequest(KisAccount Account, bool AfterHoursPrices = false, bool IncludePreviousDayTrades = true)
{
    /// <param name="ctxAreaFk">ctx_area_fk100 of the previous page ("" on the first call).</param>
    /// <param name="ctxAreaNk">ctx_area_nk100 of the previous page ("" on the first call).</param>
    public IReadOnlyDictionary<string, string> ToQuery(string ctxAreaFk = "", string ctxAreaNk = "")
    {
        ArgumentNullException.ThrowIfNull(Account);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        Account.AddTo(query);
        query["AFHR_FLPR_YN"] = KisRequestChecks.YesNo(AfterHoursPrices);
        query["OFL_YN"] = string.Empty;
        query["INQR_DVSN"] = "02";
        query["UNPR_DVSN"] = "01";
        query["FUND_STTL_ICLD_YN"] = "N";
        query["FNCG_AMT_AUTO_RDPT_YN"] = "N";
        query["PRCS_DVSN"] = IncludePreviousDayTrades ? "00" : "01";
        query["CTX_AREA_FK100"] = ctxAreaFk ?? string.Empty;
        query["CTX_AREA_NK100"] = ctxAreaNk ?? string.Empty;
        return query;
    }
}
