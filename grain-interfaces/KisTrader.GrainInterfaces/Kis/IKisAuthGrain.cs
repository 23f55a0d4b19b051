namespace KisTrader.GrainInterfaces;

/// <summary>
/// The cluster's one store of the KIS access token and WebSocket approval key of an app key (key:
/// <see cref="GrainKeys.KisAuth"/>). Persisted encrypted (AES-GCM, key from configuration, never from the database), so a
/// silo restart reuses the token. It also serialises issuance across silos: when there is no token, one caller at a time
/// gets the right to issue (<see cref="KisTokenLookup.MayIssue"/>) while the others are told to ask again shortly.
/// </summary>
[Alias("KisTrader.IKisAuthGrain")]
public interface IKisAuthGrain : IGrainWithStringKey
{
    /// <summary>The stored token, or the right to issue one (<paramref name="holderId"/> names the asking token store).</summary>
    [Alias("GetToken")]
    Task<KisTokenLookup> GetTokenAsync(string holderId);

    /// <summary>Stores (replaces) the token and ends the caller's issuing right.</summary>
    [Alias("SaveToken")]
    Task SaveTokenAsync(string holderId, KisAccessToken token);

    /// <summary>
    /// Forgets the token when it is the one <paramref name="tokenFingerprint"/> names (<see cref="KisAccessToken.Fingerprint"/>),
    /// so a silo that saw an old token refused cannot erase a newer one. True when it was removed.
    /// </summary>
    [Alias("RemoveToken")]
    Task<bool> RemoveTokenAsync(string tokenFingerprint);

    /// <summary>The stored WebSocket approval key, or null.</summary>
    [Alias("GetApprovalKey")]
    Task<string?> GetApprovalKeyAsync();

    /// <summary>Stores (replaces) the approval key.</summary>
    [Alias("SaveApprovalKey")]
    Task SaveApprovalKeyAsync(string approvalKey);

    /// <summary>Forgets the approval key (KIS refused it).</summary>
    [Alias("RemoveApprovalKey")]
    Task RemoveApprovalKeyAsync();
}
