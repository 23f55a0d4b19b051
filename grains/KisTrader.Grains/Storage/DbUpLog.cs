using System.Globalization;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Storage;

/// <summary>Forwards dbup's own progress messages to the migrator's logger (dbup formats with string.Format).</summary>
internal sealed partial class DbUpLog(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => Write(LogLevel.Trace, format, args);

    public void LogDebug(string format, params object[] args) => Write(LogLevel.Debug, format, args);

    // The migrator logs each applied script itself at Information; dbup's chatter stays at Debug.
    public void LogInformation(string format, params object[] args) => Write(LogLevel.Debug, format, args);

    public void LogWarning(string format, params object[] args) => Write(LogLevel.Warning, format, args);

    public void LogError(string format, params object[] args) => Write(LogLevel.Error, format, args);

    public void LogError(Exception ex, string format, params object[] args) => Write(LogLevel.Error, format, args, ex);

    private void Write(LogLevel level, string format, object[] args, Exception? exception = null)
    {
        if (logger.IsEnabled(level))
        {
            Log(logger, level, exception, args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
        }
    }

    [LoggerMessage(EventId = 1205, Message = "dbup: {Message}")]
    private static partial void Log(ILogger logger, LogLevel level, Exception? exception, string message);
}
