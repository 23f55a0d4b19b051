namespace KisTrader.Kis.Models;

/// <summary>inquire-psbl-rvsecncl (real only): open orders that can still be modified or cancelled, paged with CTX_AREA_FK100/NK100.</summary>
/// <param name="Account">CANO + ACNT_PRDT_CD.</param>
/// <param name="Side">INQR_DVSN_2: 0 전체, 1 매도, 2 매수.</param>
/// <param name="OrderBySymbol">INQR_DVSN_1: false "0" 주문순, true "1" 종목순.</param>
public sealed record CancelableOrdersRequest(KisAccount Account, SideFilter Side = SideFilter.All, bool OrderBySymbol = false)
{
    /// <param name="ctxAreaFk">ctx_area_fk100 of the previous page ("" on the first call).</param>
    /// <param name="ctxAreaNk">ctx_area_nk100 of the previous page ("" on the first call).</param>
    public IReadOnlyDictionary<string, string> ToQuery(string ctxAreaFk = "", string ctxAreaNk = "")
    {
        ArgumentNullException.ThrowIfNull(Account);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        Account.AddTo(query);
        query["CTX_AREA_FK100"] = ctxAreaFk ?? string.Empty;
        query["CTX_AREA_NK100"] = ctxAreaNk ?? string.Empty;
        query["INQR_DVSN_1"] = OrderBySymbol ? "1" : "0";
        query["INQR_DVSN_2"] = Side switch { SideFilter.Sell => "1", SideFilter.Buy => "2", _ => "0" };
        return query;
    }
}
