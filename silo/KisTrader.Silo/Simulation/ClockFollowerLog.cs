using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Simulation;

/// <summary>The log lines of <see cref="SimulatorClockFollower"/>.</summary>
internal static partial class ClockFollowerLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Following the KIS simulator's clock at {Url}: simulated now {Now:O}, {Speed}× {State}")]
    public static partial void Following(this ILogger logger, Uri url, DateTimeOffset now, decimal speed, string state);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "The KIS simulator's clock moved: now {Now:O}, {Speed}× {State} (this process was {Behind} behind)")]
    public static partial void Moved(this ILogger logger, DateTimeOffset now, decimal speed, string state, TimeSpan behind);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "The KIS simulator's clock at {Url} cannot be read; this process's clock runs on at {Speed}×")]
    public static partial void Unreadable(this ILogger logger, Exception exception, Uri url, decimal speed);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Information, Message = "Waiting for the KIS simulator's clock at {Url}: {Reason}")]
    public static partial void Waiting(this ILogger logger, Uri url, string reason);
}
