using KisTrader.Kis.RateLimiting;

namespace KisTrader.Kis.Transport;

/// <summary>One REST call as the transport sends it.</summary>
/// <param name="Endpoint">Endpoint name for messages and logs (e.g. inquire-price).</param>
/// <param name="Method">GET or POST.</param>
/// <param name="Path">Path under the REST base URL.</param>
/// <param name="TrId">tr_id header.</param>
/// <param name="Lane">Priority lane of the permit.</param>
/// <param name="Query">GET query parameters (sent as given).</param>
/// <param name="Body">POST body (UPPER-CASE keys, string values).</param>
/// <param name="TrCont">tr_cont header: "" first page, "N" next page.</param>
/// <param name="UseHashKey">POST: fetch a hashkey for the body and send it.</param>
/// <param name="IsOrder">An order or cancel: the order timeout applies instead of the query timeout.</param>
internal sealed record KisCall(
    string Endpoint,
    HttpMethod Method,
    string Path,
    string TrId,
    KisLane Lane,
    IReadOnlyDictionary<string, string>? Query = null,
    IReadOnlyDictionary<string, string>? Body = null,
    string TrCont = "",
    bool UseHashKey = false,
    bool IsOrder = false)
{
    /// <summary>Query as stored (values may hold the account number: never log it).</summary>
    public string PathAndQuery => Query is null || Query.Count == 0
        ? Path
        : Path + "?" + string.Join("&", Query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
