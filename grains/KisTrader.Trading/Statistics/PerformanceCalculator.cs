using System.Collections.Immutable;
using System.Globalization;
using KisTrader.Trading.Options;

namespace KisTrader.Trading.Statistics;

/// <summary>
/// Performance statistics per session day, ISO week, calendar month and overall (strategy.md §9). Pure: give it the
/// sessions and their closed trades. Every trade must belong to a given session (its budget makes the daily return);
/// a session without trades is a 0% day. The equity curve steps at every trade close (see <see cref="EquityPath"/>).
/// </summary>
public sealed class PerformanceCalculator
{
    private readonly int _periodsPerYear;
    private readonly decimal _riskFreePerDay;
    private readonly int _sharpeDecimals;
    private readonly int _decileMinimumTrades;

    /// <summary>Throws <see cref="InvalidOptionsException"/> naming every invalid setting.</summary>
    public PerformanceCalculator(PerformanceOptions options)
    {
        OptionsValidation.ThrowIfInvalid(options, PerformanceOptions.Section);
        _periodsPerYear = options.TradingDaysPerYear;
        _riskFreePerDay = options.AnnualRiskFreeRate / options.TradingDaysPerYear;
        _sharpeDecimals = options.SharpeDecimals;
        _decileMinimumTrades = options.ScoreDecileMinimumTrades;
    }

    /// <summary>The calculator with default options (252 days, no risk-free rate, Sharpe to 4 decimals).</summary>
    public static PerformanceCalculator Default { get; } = new(new PerformanceOptions());

    /// <summary>
    /// Computes every summary. Throws <see cref="ArgumentException"/> for duplicate session dates, a budget ≤ 0, a
    /// trade that is not closed (<see cref="ClosedTrade.Validate"/>) or a trade whose session is missing.
    /// </summary>
    public PerformanceReport Calculate(IEnumerable<SessionFacts> sessions, IEnumerable<ClosedTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(trades);
        var facts = sessions.Select(Normalize).OrderBy(s => s.SessionDate).ToImmutableArray();
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Budget <= 0)
            {
                throw new ArgumentException($"session {facts[i].SessionDate:yyyy-MM-dd}: budget {facts[i].Budget} must be positive", nameof(sessions));
            }

            if (i > 0 && facts[i].SessionDate == facts[i - 1].SessionDate)
            {
                throw new ArgumentException($"session {facts[i].SessionDate:yyyy-MM-dd} is given twice", nameof(sessions));
            }
        }

        var known = facts.Select(f => f.SessionDate).ToHashSet();
        var all = trades.ToImmutableArray();
        foreach (var trade in all)
        {
            trade.Validate();
            if (!known.Contains(trade.SessionDate))
            {
                throw new ArgumentException($"trade {trade.Symbol} belongs to session {trade.SessionDate:yyyy-MM-dd}, which is not given", nameof(trades));
            }
        }

        var byDate = all.ToLookup(t => t.SessionDate);
        var overall = Summarize(PeriodKind.Overall, "overall", facts.FirstOrDefault()?.SessionDate, facts.LastOrDefault()?.SessionDate, facts, byDate);
        var days = facts.Select(f => Summarize(PeriodKind.Day, Iso(f.SessionDate), f.SessionDate, f.SessionDate, [f], byDate));
        var weeks = facts
            .GroupBy(f => (Year: ISOWeek.GetYear(At(f.SessionDate)), Week: ISOWeek.GetWeekOfYear(At(f.SessionDate))))
            .Select(g =>
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(g.Key.Year, g.Key.Week, DayOfWeek.Monday));
                var label = string.Create(CultureInfo.InvariantCulture, $"{g.Key.Year}-W{g.Key.Week:00}");
                return Summarize(PeriodKind.Week, label, monday, monday.AddDays(6), [.. g], byDate);
            });
        var months = facts
            .GroupBy(f => new DateOnly(f.SessionDate.Year, f.SessionDate.Month, 1))
            .Select(g => Summarize(PeriodKind.Month, g.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.Key, g.Key.AddMonths(1).AddDays(-1), [.. g], byDate));
        return new PerformanceReport(overall, [.. days], [.. weeks], [.. months]);
    }

    private PerformanceSummary Summarize(
        PeriodKind kind, string label, DateOnly? from, DateOnly? to, IReadOnlyList<SessionFacts> sessions, ILookup<DateOnly, ClosedTrade> byDate)
    {
        var trades = sessions.SelectMany(s => byDate[s.SessionDate]).ToArray();
        var returns = trades.Select(t => t.NetReturn).ToArray();
        var dailyPnL = sessions.Select(s => byDate[s.SessionDate].Sum(t => t.NetPnL)).ToArray();
        var dailyReturns = sessions.Select((s, i) => dailyPnL[i] / s.Budget).ToArray();
        var equity = EquityPath.Of(sessions, trades);
        var grossProfit = trades.Where(t => t.IsWin).Sum(t => t.NetPnL);
        var grossLoss = -trades.Where(t => t.IsLoss).Sum(t => t.NetPnL);
        var wins = trades.Count(t => t.IsWin);
        return new PerformanceSummary
        {
            Kind = kind,
            Label = label,
            From = from,
            To = to,
            Sessions = sessions.Count,
            Trades = trades.Length,
            Wins = wins,
            Losses = trades.Count(t => t.IsLoss),
            WinRate = trades.Length == 0 ? null : (decimal)wins / trades.Length,
            AverageNetReturn = returns.Length == 0 ? null : returns.Sum() / returns.Length,
            MedianNetReturn = RiskMetrics.Median(returns),
            TotalNetPnL = dailyPnL.Sum(),
            GrossProfit = grossProfit,
            GrossLoss = grossLoss,
            CumulativeReturn = sessions.Count == 0 ? null : dailyReturns.Sum(),
            MaxDrawdown = RiskMetrics.MaxDrawdown(equity.Select(s => s.PnL)),
            MaxDrawdownRate = sessions.Count == 0 ? null : equity.Length == 0 ? 0m : RiskMetrics.MaxDrawdownRate([.. equity.Select(s => s.Return)]),
            ProfitFactor = grossLoss == 0 ? null : grossProfit / grossLoss,
            SharpeRatio = RiskMetrics.Sharpe(dailyReturns, _riskFreePerDay, _periodsPerYear, _sharpeDecimals),
            ExitReasons = EffectivenessMetrics.ExitReasons(trades),
            ConditionPassRates = EffectivenessMetrics.ConditionPassRates(sessions),
            AdjustmentLevels = EffectivenessMetrics.AdjustmentLevels(sessions),
            Checkpoints = EffectivenessMetrics.Checkpoints(sessions),
            NextDayReturns = EffectivenessMetrics.NextDayReturns(sessions),
            Breakdown = BreakdownMetrics.Of(trades, _decileMinimumTrades),
        };
    }

    private static SessionFacts Normalize(SessionFacts s) => s with
    {
        ConditionPasses = s.ConditionPasses.IsDefault ? [] : s.ConditionPasses,
        Checkpoints = s.Checkpoints.IsDefault ? [] : s.Checkpoints,
        PasserOutcomes = s.PasserOutcomes.IsDefault ? [] : s.PasserOutcomes,
    };

    private static DateTime At(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
