using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Portfolio;

/// <summary>Log lines of the portfolio configuration (EventIds 1800–1809).</summary>
internal static partial class PortfolioLog
{
    [LoggerMessage(EventId = 1800, Level = LogLevel.Warning, Message = "Portfolio {AccountKey}: configuration v{Version} set by {RequestedBy} ({Reason}): {Overrides}")]
    public static partial void ConfigChanged(this ILogger logger, string accountKey, int version, string requestedBy, string reason, PortfolioOverrides overrides);

    [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "Portfolio {AccountKey}: change by {RequestedBy} refused: {Errors}")]
    public static partial void ConfigRefused(this ILogger logger, string accountKey, string requestedBy, string errors);

    [LoggerMessage(EventId = 1802, Level = LogLevel.Information, Message = "Session {TradingDate}: screening with portfolio {Settings}")]
    public static partial void SessionPortfolio(this ILogger logger, DateOnly tradingDate, PortfolioOverrides settings);
}
