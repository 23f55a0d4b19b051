using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Risk;

/// <summary>Log lines of the risk grain, the order gate and the reconciliation (EventIds 1700–1729).</summary>
internal static partial class RiskLog
{
    [LoggerMessage(EventId = 1700, Level = LogLevel.Warning, Message = "Risk {AccountKey}: kill switch {Mode} set by {RequestedBy}: {Reason}")]
    public static partial void KillSwitchSet(this ILogger logger, string accountKey, KillSwitchMode mode, string requestedBy, string reason);

    [LoggerMessage(EventId = 1701, Level = LogLevel.Error, Message = "Risk {AccountKey}: the kill switch's call to position {PositionKey} failed")]
    public static partial void PositionCallFailed(this ILogger logger, Exception exception, string accountKey, string positionKey);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Risk {AccountKey}: symbol {Symbol} halted ({Reason})")]
    public static partial void SymbolHalted(this ILogger logger, string accountKey, string symbol, string reason);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Warning, Message = "Order {ClientOrderId} ({Symbol}) refused by the risk gate {Code}: {Detail}")]
    public static partial void OrderRefused(this ILogger logger, string clientOrderId, string symbol, string code, string detail);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Warning, Message = "Order gate: {Input} for {Symbol} could not be read; the gates that need it refuse")]
    public static partial void InputFailed(this ILogger logger, Exception exception, string input, string symbol);

    [LoggerMessage(EventId = 1705, Level = LogLevel.Error, Message = "Risk {AccountKey}: reconciliation ({Trigger}) found differences, new entries halted: {Differences}")]
    public static partial void ReconciliationHalted(this ILogger logger, string accountKey, string trigger, string differences);

    [LoggerMessage(EventId = 1706, Level = LogLevel.Information, Message = "Risk {AccountKey}: reconciliation ({Trigger}) clean; entries halted by reconciliation: {Halted}")]
    public static partial void ReconciliationClean(this ILogger logger, string accountKey, string trigger, bool halted);

    [LoggerMessage(EventId = 1707, Level = LogLevel.Error, Message = "Reconciliation {AccountKey} ({Trigger}) could not run")]
    public static partial void ReconciliationFailed(this ILogger logger, Exception exception, string accountKey, string trigger);

    [LoggerMessage(EventId = 1708, Level = LogLevel.Error, Message = "Risk {AccountKey}: alert {Code} could not be journaled")]
    public static partial void AlertFailed(this ILogger logger, Exception exception, string accountKey, string? code);

    [LoggerMessage(EventId = 1709, Level = LogLevel.Warning, Message = "Risk {AccountKey}: reconciliation halt cleared by {RequestedBy}: {Reason}")]
    public static partial void ReconciliationHaltCleared(this ILogger logger, string accountKey, string requestedBy, string reason);
}
