using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Symbols;

/// <summary>Log lines of the symbol grains (EventIds 1530–1549).</summary>
internal static partial class SymbolLog
{
    [LoggerMessage(EventId = 1530, Level = LogLevel.Information, Message = "Symbol {Code}: listing set ({Name}, {Market}, flags {Flags})")]
    public static partial void ListingSet(this ILogger logger, string code, string name, string market, string flags);

    [LoggerMessage(EventId = 1531, Level = LogLevel.Information, Message = "Symbol {Code}: features of {Date:yyyy-MM-dd} stored (score {Score}, level {Level}, rank {Rank})")]
    public static partial void FeaturesSet(this ILogger logger, string code, DateOnly date, decimal score, string level, int rank);

    [LoggerMessage(EventId = 1532, Level = LogLevel.Warning, Message = "Symbol {Code}: its ticks stream failed")]
    public static partial void StreamFailed(this ILogger logger, string code, Exception exception);

    [LoggerMessage(EventId = 1533, Level = LogLevel.Debug, Message = "Symbol {Code}: {Owner} watches {Kinds}: {Accepted} ({Reason})")]
    public static partial void Watched(this ILogger logger, string code, string owner, KisTrader.GrainInterfaces.MarketDataKinds kinds, bool accepted, string? reason);

    [LoggerMessage(EventId = 1534, Level = LogLevel.Information, Message = "Symbol {Code}: after-hours {Date:yyyy-MM-dd} read over REST (match {Match}, indicative {Indicative}; feed usable {FeedUsable})")]
    public static partial void AfterHoursFromRest(this ILogger logger, string code, DateOnly date, decimal? match, decimal? indicative, bool feedUsable);

    [LoggerMessage(EventId = 1535, Level = LogLevel.Error, Message = "Symbol {Code}: handing {Count} trades to position {Position} failed twice; its timers act on the last price it has until the next trades")]
    public static partial void ForwardFailed(this ILogger logger, string code, string position, int count, Exception exception);

    [LoggerMessage(EventId = 1536, Level = LogLevel.Information, Message = "Symbol {Code}: position {Position} follows its trades: {Following}")]
    public static partial void Following(this ILogger logger, string code, string position, bool following);
}
