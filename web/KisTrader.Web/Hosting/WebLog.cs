namespace KisTrader.Web.Hosting;

/// <summary>The front end's log messages.</summary>
internal static partial class WebLog
{
    [LoggerMessage(1, LogLevel.Information, "KisTrader dashboard at {Address} (live alerts {Address}hubs/trading): API reference {Address}scalar/v1, OpenAPI {Address}openapi/v1.json, health {Address}health/ready")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(2, LogLevel.Information, "Mode {Mode}: {Cluster}")]
    public static partial void Mode(ILogger logger, FrontEndMode mode, string cluster);

    [LoggerMessage(3, LogLevel.Information, "Storage: {Storage}; API keys: {Keys}")]
    public static partial void Storage(ILogger logger, string storage, string keys);

    [LoggerMessage(4, LogLevel.Information, "Clock: {Clock}")]
    public static partial void Clock(ILogger logger, string clock);

    [LoggerMessage(5, LogLevel.Information, "Log in: send an API key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'; {Hint}")]
    public static partial void Login(ILogger logger, string hint);

    [LoggerMessage(6, LogLevel.Warning, "KISTRADER_ADMIN_KEY names a key that was revoked: it does not log in; set another key")]
    public static partial void AdminKeyRevoked(ILogger logger);

    [LoggerMessage(7, LogLevel.Warning, "Status part {Part} did not answer: {Error}")]
    public static partial void StatusPartFailed(ILogger logger, string part, string error);
}
