using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Kis;

/// <summary>Log lines of the token and budget grains and their adapters (EventIds 1400–1449). Never a secret.</summary>
internal static partial class KisClusterLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "KIS key {KeyId}: no stored token, store {HolderId} may issue one")]
    public static partial void IssueRightGranted(this ILogger logger, string keyId, string holderId);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "KIS key {KeyId}: token from store {HolderId} saved (encrypted), expires {ExpiresAt:O}")]
    public static partial void TokenSaved(this ILogger logger, string keyId, string holderId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "KIS key {KeyId}: stored token removed (KIS refused it)")]
    public static partial void TokenRemoved(this ILogger logger, string keyId);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Warning, Message = "KIS key {KeyId}: the stored token does not decrypt with Kis:Cluster's key; treated as absent")]
    public static partial void TokenUnreadable(this ILogger logger, string keyId);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "KIS key {KeyId}: could not store the token in the cluster; this silo keeps it, other silos may issue their own")]
    public static partial void TokenSaveFailed(this ILogger logger, Exception exception, string keyId);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Warning, Message = "KIS key {KeyId}: could not remove the refused token from the cluster store")]
    public static partial void TokenRemoveFailed(this ILogger logger, Exception exception, string keyId);

    [LoggerMessage(EventId = 1410, Level = LogLevel.Warning, Message = "KIS budget {KeyId}: sync with the budget grain failed ({Failures} in a row); quota usable until its lease lapses, then no REST calls")]
    public static partial void BudgetSyncFailed(this ILogger logger, Exception exception, string keyId, int failures);

    [LoggerMessage(EventId = 1414, Level = LogLevel.Error, Message = "KIS budget {KeyId}: the budget grain is unreachable and the lease has lapsed; no REST permits until a sync succeeds (orders are refused as not sent)")]
    public static partial void BudgetOutage(this ILogger logger, string keyId);

    [LoggerMessage(EventId = 1411, Level = LogLevel.Information, Message = "KIS budget {KeyId}: holder {HolderId} silent since {LastSeen:O}; its quota {Quota} is free again")]
    public static partial void BudgetHolderReclaimed(this ILogger logger, string keyId, string holderId, DateTimeOffset lastSeen, int quota);

    [LoggerMessage(EventId = 1412, Level = LogLevel.Warning, Message = "KIS budget {KeyId}: activated while quota was out; no new quota until {Until:O}")]
    public static partial void BudgetRecovering(this ILogger logger, string keyId, DateTimeOffset until);

    [LoggerMessage(EventId = 1413, Level = LogLevel.Warning, Message = "KIS budget {KeyId}: EGW00201 reported by {HolderId}; every silo pauses {Pause}")]
    public static partial void BudgetRateLimited(this ILogger logger, string keyId, string holderId, TimeSpan pause);
}
