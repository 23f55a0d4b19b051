namespace KisTrader.Web.Notifications;

/// <summary>The notifications' log messages (channel names only: never a URL path or a token).</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(60, LogLevel.Information, "Notifications: {Channel} for {Categories}")]
    public static partial void Configured(ILogger logger, string channel, string categories);

    [LoggerMessage(61, LogLevel.Debug, "Notification to {Channel}: attempt {Attempt} in {Delay} ({Reason})")]
    public static partial void Retrying(ILogger logger, string channel, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(62, LogLevel.Warning, "Notification of event {Sequence} ({Type}) to {Channel} given up: {Error} {Reason}")]
    public static partial void GaveUp(ILogger logger, string channel, long sequence, string type, string error, string reason);

    [LoggerMessage(63, LogLevel.Warning, "Notifications to {Channel}: queue full, the oldest dropped ({Total} so far)")]
    public static partial void Dropped(ILogger logger, string channel, long total);
}
