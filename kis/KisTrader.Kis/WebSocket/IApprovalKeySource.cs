namespace KisTrader.Kis.WebSocket;

/// <summary>
/// Supplies the WebSocket approval key (POST /oauth2/Approval, kis-api.md §2.3). Implemented by the client's auth
/// (single-flight, cached for its lifetime); the realtime client only asks for it and reports when KIS refused it.
/// </summary>
public interface IApprovalKeySource
{
    /// <summary>The current approval key, issuing one if none is cached.</summary>
    ValueTask<string> GetApprovalKeyAsync(CancellationToken ct);

    /// <summary>Drops the cached key because the server refused it; the next <see cref="GetApprovalKeyAsync"/> issues a fresh one.</summary>
    ValueTask InvalidateApprovalKeyAsync(CancellationToken ct);
}
