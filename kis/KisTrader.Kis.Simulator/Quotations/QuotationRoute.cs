namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// Endpoint metadata of a quotation route: its TR ID and whether the paper (모의투자) host serves it (kis-api.md §4 table).
/// The gateway reads it to validate tr_id against the profile, rate-limit and count calls.
/// </summary>
/// <param name="Path">Path under the host, e.g. /uapi/domestic-stock/v1/quotations/inquire-price.</param>
/// <param name="TrId">TR ID (market-data TR IDs are the same for real and paper).</param>
/// <param name="PaperAvailable">False for real-only APIs.</param>
internal sealed record QuotationRoute(string Path, string TrId, bool PaperAvailable);
