using System.Collections.Immutable;

namespace KisTrader.Trading.Statistics;

/// <summary>
/// The performance of one period (strategy.md §9). Trades and sessions belong to their session date D. Ratios are
/// fractions (0.05 = 5%); a ratio with nothing to divide by is null, never 0 or infinity.
/// </summary>
public sealed record PerformanceSummary
{
    /// <summary>Day, ISO week, month or overall.</summary>
    public required PeriodKind Kind { get; init; }

    /// <summary>"2026-11-24", "2026-W48", "2026-11" or "overall".</summary>
    public required string Label { get; init; }

    /// <summary>First day of the period (overall: the first session date; null when there is none).</summary>
    public required DateOnly? From { get; init; }

    /// <summary>Last day of the period (overall: the last session date; null when there is none).</summary>
    public required DateOnly? To { get; init; }

    /// <summary>Sessions in the period.</summary>
    public required int Sessions { get; init; }

    /// <summary>Closed trades in the period.</summary>
    public required int Trades { get; init; }

    /// <summary>Trades with net P&amp;L &gt; 0.</summary>
    public required int Wins { get; init; }

    /// <summary>Trades with net P&amp;L &lt; 0 (break-even trades are neither).</summary>
    public required int Losses { get; init; }

    /// <summary>Wins ÷ trades; null without trades.</summary>
    public required decimal? WinRate { get; init; }

    /// <summary>Mean net return per trade; null without trades.</summary>
    public required decimal? AverageNetReturn { get; init; }

    /// <summary>Median net return per trade (mean of the two middle ones for an even count); null without trades.</summary>
    public required decimal? MedianNetReturn { get; init; }

    /// <summary>Σ net P&amp;L, KRW.</summary>
    public required decimal TotalNetPnL { get; init; }

    /// <summary>Σ net P&amp;L of winning trades.</summary>
    public required decimal GrossProfit { get; init; }

    /// <summary>Σ |net P&amp;L| of losing trades (a positive number).</summary>
    public required decimal GrossLoss { get; init; }

    /// <summary>
    /// Σ daily returns (session P&amp;L ÷ session budget), not compounded: each session risks its own fixed budget.
    /// With a constant budget this is total P&amp;L ÷ budget. Null without sessions.
    /// </summary>
    public required decimal? CumulativeReturn { get; init; }

    /// <summary>
    /// Largest fall of cumulative net P&amp;L from a previous peak, KRW, ≥ 0, on the equity curve that steps at every
    /// trade close (<see cref="ClosedTrade.ClosedAt"/>; trades closing at the same instant are one step) and starts at 0
    /// before the period's first close. Intraday falls count: +100,000 then −60,000 and −60,000 later that day is 120,000.
    /// </summary>
    public required decimal MaxDrawdown { get; init; }

    /// <summary>
    /// Largest fall of the equity index 1 + Σ (trade P&amp;L ÷ its session budget), stepping at the same trade closes as
    /// <see cref="MaxDrawdown"/>, from a previous peak, relative to that peak (with a constant budget B:
    /// (peak − trough) ÷ (B + peak P&amp;L)). 0 with sessions but no trade; null without sessions, or when the index
    /// peaks at or below 0.
    /// </summary>
    public required decimal? MaxDrawdownRate { get; init; }

    /// <summary>Gross profit ÷ gross loss; null when there is no loss (undefined, not infinity), 0 when all trades lose.</summary>
    public required decimal? ProfitFactor { get; init; }

    /// <summary>
    /// Annualised daily Sharpe ratio: mean ÷ sample standard deviation (n − 1) of the daily excess returns × √(trading
    /// days per year, default 252), rounded half away from zero to <see cref="PerformanceOptions.SharpeDecimals"/>
    /// (default 4). A daily return is the session's net P&amp;L ÷ its budget; sessions without trades count as 0% days;
    /// the risk-free rate is <see cref="PerformanceOptions.AnnualRiskFreeRate"/> ÷ trading days (default 0). Null with
    /// fewer than 2 sessions (no deviation exists) or when every daily return is the same (zero deviation); front ends
    /// print it as "n/a".
    /// </summary>
    public required decimal? SharpeRatio { get; init; }

    /// <summary>Every exit reason, in enum order, with what it sold.</summary>
    public required ImmutableArray<ExitReasonShare> ExitReasons { get; init; }

    /// <summary>Per-condition pass rates, by condition id.</summary>
    public required ImmutableArray<ConditionPassRate> ConditionPassRates { get; init; }

    /// <summary>How often each adjustment level was kept, by label.</summary>
    public required ImmutableArray<AdjustmentLevelUsage> AdjustmentLevels { get; init; }

    /// <summary>Threshold hit rates per after-hours checkpoint, ascending.</summary>
    public required ImmutableArray<CheckpointHitRate> Checkpoints { get; init; }

    /// <summary>Average next-day return of selected vs. unselected passers.</summary>
    public required PasserComparison NextDayReturns { get; init; }

    /// <summary>Return attribution (entry / gap / next day) and win rates by entry checkpoint, score decile and exit path.</summary>
    public required TradeBreakdown Breakdown { get; init; }
}
