namespace KisTrader.Kis.Models;

/// <summary>A KIS REST endpoint: name (as in kis-api.md), path, TR IDs per environment and paging style.</summary>
/// <param name="Name">Short name used in messages, e.g. "inquire-price".</param>
/// <param name="Path">Absolute path, e.g. "/uapi/domestic-stock/v1/quotations/inquire-price".</param>
/// <param name="RealTrId">TR ID on the real (실전) host and the simulator's Real profile.</param>
/// <param name="PaperTrId">TR ID on the paper (모의투자) host; null when the endpoint is real-only.</param>
/// <param name="IsPost">POST with an upper-case JSON body (orders); otherwise GET with a query string.</param>
/// <param name="Paging">How the endpoint pages.</param>
public sealed record KisEndpoint(string Name, string Path, string RealTrId, string? PaperTrId, bool IsPost = false, KisPaging Paging = KisPaging.None)
{
    /// <summary>The endpoint exists in paper trading.</summary>
    public bool AvailableInPaper => PaperTrId is not null;

    /// <summary>The TR ID for an environment.</summary>
    /// <exception cref="KisEndpointNotAvailableException">Paper was asked for a real-only endpoint.</exception>
    public string TrIdFor(bool paper) => !paper ? RealTrId
        : PaperTrId ?? throw new KisEndpointNotAvailableException($"{Name} ({Path}) is not available in paper trading (모의투자); use a real market-data key.");
}
