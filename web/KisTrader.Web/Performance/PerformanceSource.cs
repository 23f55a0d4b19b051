using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Silo.Configuration;
using KisTrader.Trading.Options;
using Npgsql;

namespace KisTrader.Web.Performance;

/// <summary>
/// Where the performance figures come from: the co-hosted silo's <see cref="TradingStatistics"/> and trade journal in
/// the one-process mode, the cluster's journal in PostgreSQL in client mode with a connection string; none in client
/// mode without one (the figures live in the silos' memory: the endpoints answer 503).
/// </summary>
public sealed record PerformanceSource(TradingStatistics? Statistics, ITradeJournal? Trades, string Description)
{
    /// <summary>The source this front end can read.</summary>
    public static PerformanceSource Create(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<TradingStatistics>() is { } statistics && services.GetService<ITradeJournal>() is { } trades)
        {
            return new PerformanceSource(statistics, trades, "the co-hosted silo's journal");
        }

        if (services.GetService<NpgsqlDataSource>() is { } database)
        {
            var loggers = services.GetRequiredService<ILoggerFactory>();
            var strategy = services.GetService<StrategyOptions>() ?? StrategyConfiguration.Load(services.GetRequiredService<IConfiguration>());
            var journal = new PostgresTradeJournal(database, loggers.CreateLogger<PostgresTradeJournal>());
            return new PerformanceSource(
                new TradingStatistics(new PostgresTradingJournal(database, loggers.CreateLogger<PostgresTradingJournal>()), journal,
                    new PostgresDailyStatisticsStore(database), strategy.Performance, strategy.Screening.Allocation.SessionBudget,
                    services.GetService<TimeProvider>() ?? TimeProvider.System, loggers.CreateLogger<TradingStatistics>()),
                journal, "the cluster's journal in PostgreSQL");
        }

        return new PerformanceSource(null, null, "none: client mode without a database (set ConnectionStrings__KisTrader)");
    }
}
