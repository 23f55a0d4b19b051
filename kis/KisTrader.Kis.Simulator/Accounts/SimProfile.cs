namespace KisTrader.Kis.Simulator.Accounts;

/// <summary>Which KIS domain the simulator (or an app key) belongs to: 실전 (real) or 모의투자 (paper).</summary>
public enum SimProfile
{
    /// <summary>실전투자: openapi.koreainvestment.com:9443, T/J/C… TR IDs, 18 requests/s.</summary>
    Real,

    /// <summary>모의투자: openapivts.koreainvestment.com:29443, V… TR IDs, 1 request/s, fewer endpoints.</summary>
    Paper,
}
