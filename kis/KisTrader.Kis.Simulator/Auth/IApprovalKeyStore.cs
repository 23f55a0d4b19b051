using KisTrader.Kis.Simulator.Accounts;

namespace KisTrader.Kis.Simulator.Auth;

/// <summary>Who an approval key (from POST /oauth2/Approval) belongs to.</summary>
/// <param name="ApprovalKey">The key (36 characters, UUID-shaped like KIS's).</param>
/// <param name="Account">The app key's account (app key, CANO, HTS ID, profile).</param>
/// <param name="Profile">The server's domain: on Paper only the paper realtime TRs exist.</param>
/// <param name="IssuedAt">Simulated issuance instant.</param>
/// <param name="ExpiresAt">Simulated expiry (after it, the key is unknown).</param>
internal sealed record ApprovalKeyInfo(string ApprovalKey, AccountIdentity Account, SimProfile Profile, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public string AppKey => Account.AppKey;
}

/// <summary>The approval-key lookup the WebSocket server uses on subscribe messages.</summary>
internal interface IApprovalKeyStore
{
    /// <summary>The key's owner, or null when the key is unknown or expired (on the simulated clock).</summary>
    ApprovalKeyInfo? Resolve(string approvalKey);
}
