namespace KisTrader.Web.Relay;

/// <summary>The relays' log messages.</summary>
internal static partial class RelayLog
{
    [LoggerMessage(40, LogLevel.Information, "Relaying {Stream} to the hub")]
    public static partial void Subscribed(ILogger logger, string stream);

    [LoggerMessage(41, LogLevel.Warning, "Could not subscribe to {Stream}; retrying in {Delay}")]
    public static partial void SubscribeFailed(ILogger logger, Exception exception, string stream, TimeSpan delay);

    [LoggerMessage(42, LogLevel.Warning, "Could not send {What} to the hub")]
    public static partial void SendFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(43, LogLevel.Debug, "Stopped relaying {Stream}")]
    public static partial void Unsubscribed(ILogger logger, string stream);

    [LoggerMessage(44, LogLevel.Warning, "The cluster connection recovered: subscribing to {Count} stream(s) again")]
    public static partial void Resubscribing(ILogger logger, int count);
}
