using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Trading.Statistics;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Statistics;

/// <summary>
/// Builds the performance statistics (strategy.md §9 and the trade breakdown) from the journal, and writes
/// <c>journal.daily_statistics</c> when a session closes. A period's sessions are the journal's sessions on its
/// calendar dates (not cancelled; see <see cref="SessionFactsReader"/> for what is sourced); a trade whose session the
/// journal does not know (an in-memory journal after a restart) still counts, with the configured budget. Facts of
/// dates before the one being closed are cached once final (the next session's screen, which gives the passers'
/// next-day closes, is in the journal): those sessions are over.
/// </summary>
public sealed partial class TradingStatistics
{
    private readonly ITradeJournal _trades;
    private readonly IDailyStatisticsStore _store;
    private readonly SessionFactsReader _sessions;
    private readonly PerformanceCalculator _calculator;
    private readonly decimal _defaultBudget;
    private readonly TimeProvider _time;
    private readonly ILogger<TradingStatistics> _logger;
    private readonly ConcurrentDictionary<DateOnly, SessionFacts?> _closed = new();

    public TradingStatistics(
        ITradingJournal journal, ITradeJournal trades, IDailyStatisticsStore store, PerformanceOptions performance,
        decimal defaultBudget, TimeProvider time, ILogger<TradingStatistics> logger, IAfterHoursJournal? afterHours = null)
    {
        ArgumentNullException.ThrowIfNull(trades);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultBudget);
        _trades = trades;
        _store = store;
        _sessions = new SessionFactsReader(journal, defaultBudget, afterHours);
        _calculator = new PerformanceCalculator(performance);
        _defaultBudget = defaultBudget;
        _time = time;
        _logger = logger;
    }

    /// <summary>The report of the sessions and trades with a session date in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<PerformanceReport> BuildReportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var records = await _trades.ReadTradesAsync(from, to, cancellationToken);
        var trades = records.Select(TradeResultMapping.ToClosedTrade).ToArray();
        var sessions = new Dictionary<DateOnly, SessionFacts>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (await FactsAsync(date, to, cancellationToken) is { } facts)
            {
                sessions[date] = facts;
            }
        }

        foreach (var date in trades.Select(t => t.SessionDate).Where(d => !sessions.ContainsKey(d)).Distinct())
        {
            LogSessionUnknown(_logger, date);
            sessions[date] = new SessionFacts { SessionDate = date, Budget = _defaultBudget };
        }

        return _calculator.Calculate(sessions.Values, trades);
    }

    /// <summary>
    /// The report from the first session the statistics or the trade journal know up to <paramref name="to"/>: its
    /// overall figures are the ones <see cref="RecordSessionClosedAsync"/> writes for that date.
    /// </summary>
    public async Task<PerformanceReport> BuildReportToDateAsync(DateOnly to, CancellationToken cancellationToken = default) =>
        await BuildReportAsync(await FirstKnownDateAsync(to, cancellationToken), to, cancellationToken);

    /// <summary>
    /// Recomputes the closed session's day, its ISO week, its month and the overall figures (from the first session
    /// the statistics or the trade journal know) and writes those four rows. Returns the rows written (none when the
    /// journal has no such session and no trade of it).
    /// </summary>
    public async Task<ImmutableArray<DailyStatisticsRow>> RecordSessionClosedAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var report = await BuildReportToDateAsync(date, cancellationToken);
        if (report.Days.LastOrDefault() is not { } day || day.From != date)
        {
            LogNoSession(_logger, date);
            return [];
        }

        var at = _time.GetUtcNow();
        var week = report.Weeks.Single(w => w.From <= date && date <= w.To);
        var month = report.Months.Single(m => m.From <= date && date <= m.To);
        ImmutableArray<DailyStatisticsRow> rows = [Row(day, at), Row(week, at), Row(month, at), Row(report.Overall, at)];
        await _store.ReplaceAsync(rows, cancellationToken);
        LogWritten(_logger, date, day.Trades, day.TotalNetPnL, report.Overall.Sessions, report.Overall.TotalNetPnL);
        return rows;
    }

    /// <summary>A summary as its daily_statistics row (the whole summary in the details).</summary>
    public static DailyStatisticsRow Row(PerformanceSummary summary, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new DailyStatisticsRow(
            summary.Kind,
            summary.From ?? throw new ArgumentException("a summary without sessions has no row", nameof(summary)),
            summary.Sessions,
            summary.Trades,
            summary.Wins,
            summary.TotalNetPnL,
            summary.CumulativeReturn ?? 0m,
            summary.MaxDrawdown,
            JsonSerializer.Serialize(summary, TradingEventPublisher.PayloadJson),
            computedAt);
    }

    private async Task<DateOnly> FirstKnownDateAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var trades = await _trades.ReadTradesAsync(DateOnly.MinValue, date, cancellationToken);
        var rows = await _store.ReadAsync(DateOnly.MinValue, date, cancellationToken);
        return new[] { date }
            .Concat(trades.Select(t => t.EntryDate))
            .Concat(rows.Where(r => r.Kind == PeriodKind.Day).Select(r => r.PeriodStart))
            .Min();
    }

    private async Task<SessionFacts?> FactsAsync(DateOnly date, DateOnly newest, CancellationToken cancellationToken)
    {
        if (date < newest && _closed.TryGetValue(date, out var cached))
        {
            return cached;
        }

        var (facts, final) = await _sessions.ReadWithFinalityAsync(date, cancellationToken);
        if (date < newest && final)
        {
            _closed[date] = facts;
        }

        return facts;
    }

    [LoggerMessage(EventId = 1170, Level = LogLevel.Information, Message = "Statistics of session {Date} written: {Trades} trades, net {NetPnL} KRW; overall {Sessions} sessions, net {TotalNetPnL} KRW")]
    private static partial void LogWritten(ILogger logger, DateOnly date, int trades, decimal netPnL, int sessions, decimal totalNetPnL);

    [LoggerMessage(EventId = 1171, Level = LogLevel.Warning, Message = "Statistics: the journal has no session {Date} and no trade of it; nothing written")]
    private static partial void LogNoSession(ILogger logger, DateOnly date);

    [LoggerMessage(EventId = 1172, Level = LogLevel.Warning, Message = "Statistics: trades of session {Date} count with the configured budget; the journal has no such session")]
    private static partial void LogSessionUnknown(ILogger logger, DateOnly date);
}
