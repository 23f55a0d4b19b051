namespace KisTrader.Kis.Simulator.Tests.Infrastructure;

/// <summary>Raw KIS calls the host tests use (paths and TR IDs from kis-api.md §4).</summary>
public static class KisCalls
{
    public const string InquirePrice = "/uapi/domestic-stock/v1/quotations/inquire-price";
    public const string InquirePriceTr = "FHKST01010100";
    public const string ChkHoliday = "/uapi/domestic-stock/v1/quotations/chk-holiday";
    public const string InquireBalance = "/uapi/domestic-stock/v1/trading/inquire-balance";
    public const string OrderCash = "/uapi/domestic-stock/v1/trading/order-cash";

    /// <summary>inquire-price of 삼성전자 (005930).</summary>
    public static readonly (string Name, string Value)[] SamsungQuery = [("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", "005930")];

    /// <summary>inquire-balance query for an account (kis-api.md §4.11).</summary>
    public static (string Name, string Value)[] BalanceQuery(string cano) =>
    [
        ("CANO", cano), ("ACNT_PRDT_CD", "01"), ("AFHR_FLPR_YN", "N"), ("OFL_YN", ""), ("INQR_DVSN", "02"), ("UNPR_DVSN", "01"),
        ("FUND_STTL_ICLD_YN", "N"), ("FNCG_AMT_AUTO_RDPT_YN", "N"), ("PRCS_DVSN", "00"), ("CTX_AREA_FK100", ""), ("CTX_AREA_NK100", ""),
    ];

    /// <summary>GET inquire-price of 005930 as <paramref name="caller"/>.</summary>
    public static Task<KisResponse> PriceAsync(this SimulatorFixture sim, KisCaller caller) =>
        sim.GetAsync(InquirePrice, InquirePriceTr, caller, SamsungQuery);
}
