using Microsoft.Extensions.Logging;

namespace KisTrader.Kis;

/// <summary>Source-generated log messages of the KIS client (EventIds 4000–4099). No secret ever reaches a parameter.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "KIS access token issued for {Key}, expires {ExpiresAt:O}")]
    public static partial void TokenIssued(this ILogger logger, string key, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "KIS access token for {Key} reused from the token store, expires {ExpiresAt:O}")]
    public static partial void TokenLoaded(this ILogger logger, string key, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "KIS access token for {Key} rejected ({MsgCd}); invalidated, a new one will be issued")]
    public static partial void TokenInvalidated(this ILogger logger, string key, string msgCd);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "KIS token issuance for {Key} waits {Wait} (at most one issuance per {Interval})")]
    public static partial void TokenIssueDeferred(this ILogger logger, string key, TimeSpan wait, TimeSpan interval);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "KIS token renewal for {Key} failed; the current token stays in use until it expires")]
    public static partial void TokenRenewalFailed(this ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "KIS WebSocket approval key issued for {Key}")]
    public static partial void ApprovalKeyIssued(this ILogger logger, string key);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Debug, Message = "KIS {Method} {Endpoint} ({TrId}) lane {Lane}: {MsgCd} in {ElapsedMs} ms")]
    public static partial void CallCompleted(this ILogger logger, string method, string endpoint, string trId, RateLimiting.KisLane lane, string msgCd, long elapsedMs);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "KIS {Endpoint} ({TrId}) answered {MsgCd}: {Msg1} (HTTP {Status})")]
    public static partial void CallRejected(this ILogger logger, string endpoint, string trId, string msgCd, string msg1, int status);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "KIS rate limit hit (EGW00201) on {Key}: backing off and lowering the rate")]
    public static partial void RateLimited(this ILogger logger, string key);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "KIS {Endpoint} attempt {Attempt} failed transiently ({Reason}); retrying in {Delay}")]
    public static partial void Retrying(this ILogger logger, string endpoint, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Error, Message = "KIS circuit opened for {Duration} after repeated transient failures")]
    public static partial void CircuitOpened(this ILogger logger, TimeSpan duration);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Error, Message = "KIS order {Endpoint} for {Symbol}: outcome UNKNOWN ({Reason}); resolve it with FindOrder before any retry")]
    public static partial void OrderOutcomeUnknown(this ILogger logger, string endpoint, string symbol, string reason);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "KIS order {Endpoint} for {Symbol} accepted: order no {OrderNo}")]
    public static partial void OrderAccepted(this ILogger logger, string endpoint, string symbol, string orderNo);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "KIS order {Endpoint} for {Symbol} rejected: {MsgCd} {Msg1}")]
    public static partial void OrderRejected(this ILogger logger, string endpoint, string symbol, string msgCd, string msg1);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Information, Message = "KIS client configured: {Options}")]
    public static partial void Configured(this ILogger logger, string options);
}
