namespace KisTrader.GrainInterfaces;

/// <summary>What happened to an app key's stored credentials (never the credential itself).</summary>
[GenerateSerializer, Alias("KisTrader.KisAuthChange")]
public enum KisAuthChange
{
    /// <summary>A token was stored where there was none (a silo issued one).</summary>
    TokenIssued = 0,

    /// <summary>A token replaced a stored one (renewal).</summary>
    TokenRenewed = 1,

    /// <summary>The stored token was removed (KIS refused it).</summary>
    TokenInvalidated = 2,

    /// <summary>A WebSocket approval key was stored.</summary>
    ApprovalKeySaved = 3,

    /// <summary>The approval key was removed.</summary>
    ApprovalKeyRemoved = 4,
}
