using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.AfterHours;

/// <summary>Log lines of the after-hours board (EventIds 1640–1659).</summary>
internal static partial class AfterHoursLog
{
    [LoggerMessage(EventId = 1640, Level = LogLevel.Information, Message = "After-hours {Date:yyyy-MM-dd}: started with {Monitored} monitored, {Backups} backups, budget {Budget}")]
    public static partial void Started(this ILogger logger, DateOnly date, int monitored, int backups, decimal budget);

    [LoggerMessage(EventId = 1641, Level = LogLevel.Information, Message = "After-hours {Date:yyyy-MM-dd}: resuming (last checkpoint {Last})")]
    public static partial void Resuming(this ILogger logger, DateOnly date, TimeOnly? last);

    [LoggerMessage(EventId = 1642, Level = LogLevel.Information, Message = "After-hours {Date:yyyy-MM-dd} {Checkpoint}: threshold {Threshold} → {Next}, {Buys} buys, orderable cash {Cash}")]
    public static partial void CheckpointEvaluated(this ILogger logger, DateOnly date, TimeOnly checkpoint, decimal threshold, decimal next, int buys, decimal cash);

    [LoggerMessage(EventId = 1643, Level = LogLevel.Information, Message = "After-hours {Date:yyyy-MM-dd}: re-search after {Checkpoint} added {Added} symbols (level {Level})")]
    public static partial void Researched(this ILogger logger, DateOnly date, TimeOnly checkpoint, int added, string? level);

    [LoggerMessage(EventId = 1644, Level = LogLevel.Information, Message = "After-hours {Date:yyyy-MM-dd}: {Code} handed to its position ({Quantity} at {Price})")]
    public static partial void HandedOver(this ILogger logger, DateOnly date, string code, long quantity, decimal price);

    [LoggerMessage(EventId = 1645, Level = LogLevel.Warning, Message = "After-hours {Date:yyyy-MM-dd}: handing {Code} to its position failed; retried at the next tick")]
    public static partial void HandOverFailed(this ILogger logger, Exception exception, DateOnly date, string code);

    [LoggerMessage(EventId = 1646, Level = LogLevel.Warning, Message = "After-hours {Date:yyyy-MM-dd}: no observation of {Code}")]
    public static partial void ObservationFailed(this ILogger logger, Exception exception, DateOnly date, string code);

    [LoggerMessage(EventId = 1647, Level = LogLevel.Error, Message = "After-hours {Date:yyyy-MM-dd}: orderable cash unknown; nothing is bought at this checkpoint")]
    public static partial void CashUnknown(this ILogger logger, Exception exception, DateOnly date);

    [LoggerMessage(EventId = 1648, Level = LogLevel.Warning, Message = "After-hours {Date:yyyy-MM-dd}: the realtime status is unknown; prices come over REST")]
    public static partial void FeedUnknown(this ILogger logger, Exception exception, DateOnly date);

    [LoggerMessage(EventId = 1649, Level = LogLevel.Warning, Message = "After-hours {Date:yyyy-MM-dd}: {Code} not registered ({Reason}); its prices come over REST")]
    public static partial void WatchRefused(this ILogger logger, DateOnly date, string code, string? reason);

    [LoggerMessage(EventId = 1650, Level = LogLevel.Warning, Message = "After-hours {Date:yyyy-MM-dd}: watching {Code} failed")]
    public static partial void WatchFailed(this ILogger logger, Exception exception, DateOnly date, string code);

    [LoggerMessage(EventId = 1651, Level = LogLevel.Error, Message = "After-hours {Date:yyyy-MM-dd}: journal write failed")]
    public static partial void JournalFailed(this ILogger logger, Exception exception, DateOnly date);

    [LoggerMessage(EventId = 1652, Level = LogLevel.Information, Message = "After-hours {Date:yyyy-MM-dd}: session over, {Bought} bought, {Committed} committed; unfilled buys lapse")]
    public static partial void Ended(this ILogger logger, DateOnly date, int bought, decimal committed);
}
