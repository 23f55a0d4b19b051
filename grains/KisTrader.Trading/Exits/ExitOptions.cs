using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Exits;

/// <summary>
/// Holding-phase exit rules (strategy.md §7). Section <c>Strategy:Exits</c>. Times are <em>base</em> KST times; the
/// policy maps them through the day's <see cref="Calendar.TradingDaySchedule"/>, so they shift on special days.
/// Returns are fractions of the average buy price (0.05 = +5%); stop-loss and flat-range-lower values are negative.
/// </summary>
public sealed class ExitOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Strategy:Exits";

    /// <summary>Start of the morning window (take profit / stop loss). Default 09:00 (the open).</summary>
    public TimeOnly MorningStart { get; set; } = new(9, 0);

    /// <summary>Start of the afternoon window (partial take profit / stop loss). Default 13:00.</summary>
    public TimeOnly AfternoonStart { get; set; } = new(13, 0);

    /// <summary>Start of the pre-close window (afternoon rules plus the flat-range exit). Default 15:00.</summary>
    public TimeOnly PreCloseStart { get; set; } = new(15, 0);

    /// <summary>Start of the forced exit (closing auction): everything is sold whatever the return. Default 15:20.</summary>
    public TimeOnly ForcedExitStart { get; set; } = new(15, 20);

    /// <summary>The latest time at which a forced-exit limit order is converted to a market order. Default 15:25.</summary>
    public TimeOnly ForcedMarketConversion { get; set; } = new(15, 25);

    /// <summary>The close of the regular session: the end of every exit window. Default 15:30.</summary>
    public TimeOnly MarketClose { get; set; } = new(15, 30);

    /// <summary>Morning take profit: r at or above this sells all. Default 0.05 (+5%).</summary>
    [Range(typeof(decimal), "0.0001", "1", ParseLimitsInInvariantCulture = true)]
    public decimal MorningTakeProfit { get; set; } = 0.05m;

    /// <summary>Morning stop loss: r at or below this sells all. Default −0.03 (−3%).</summary>
    [Range(typeof(decimal), "-0.99", "-0.0001", ParseLimitsInInvariantCulture = true)]
    public decimal MorningStopLoss { get; set; } = -0.03m;

    /// <summary>Afternoon (and pre-close) partial take profit: r at or above this sells a part, once. Default 0.03 (+3%).</summary>
    [Range(typeof(decimal), "0.0001", "1", ParseLimitsInInvariantCulture = true)]
    public decimal AfternoonPartialTakeProfit { get; set; } = 0.03m;

    /// <summary>Afternoon (and pre-close) stop loss: r at or below this sells all. Default −0.03 (−3%).</summary>
    [Range(typeof(decimal), "-0.99", "-0.0001", ParseLimitsInInvariantCulture = true)]
    public decimal AfternoonStopLoss { get; set; } = -0.03m;

    /// <summary>
    /// Share of the remaining quantity the partial take profit sells. Default 0.5 (50%). The quantity is rounded
    /// up (ceil), so an odd quantity sells the larger half and a single share is sold whole.
    /// </summary>
    [Range(typeof(decimal), "0.01", "0.99", ParseLimitsInInvariantCulture = true)]
    public decimal PartialFraction { get; set; } = 0.5m;

    /// <summary>
    /// When true, the partial is taken at the start of the afternoon window whatever the return, instead of at
    /// <see cref="AfternoonPartialTakeProfit"/>. Default false.
    /// </summary>
    public bool PartialAtAfternoonStart { get; set; }

    /// <summary>Lower edge (inclusive) of the pre-close flat range that sells all. Default −0.015 (−1.5%).</summary>
    [Range(typeof(decimal), "-0.99", "0", ParseLimitsInInvariantCulture = true)]
    public decimal FlatRangeLower { get; set; } = -0.015m;

    /// <summary>Upper edge (inclusive) of the pre-close flat range that sells all. Default 0.015 (+1.5%).</summary>
    [Range(typeof(decimal), "0", "1", ParseLimitsInInvariantCulture = true)]
    public decimal FlatRangeUpper { get; set; } = 0.015m;

    /// <summary>
    /// An exit limit order not fully filled after this long is cancelled and replaced by a market order for the
    /// rest. Default 30 s. The forced exit is exempt: it converts at <see cref="ForcedMarketConversion"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan LimitOrderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        (string Name, TimeOnly Value)[] times =
        [
            (nameof(MorningStart), MorningStart),
            (nameof(AfternoonStart), AfternoonStart),
            (nameof(PreCloseStart), PreCloseStart),
            (nameof(ForcedExitStart), ForcedExitStart),
            (nameof(ForcedMarketConversion), ForcedMarketConversion),
            (nameof(MarketClose), MarketClose),
        ];
        for (var i = 1; i < times.Length; i++)
        {
            if (times[i].Value <= times[i - 1].Value)
            {
                yield return new ValidationResult(
                    $"must be later than {times[i - 1].Name} ({DecisionText.Time(times[i - 1].Value)})", [times[i].Name]);
            }
        }

        // The pre-close rules are stop loss, flat range and partial: the flat range must sit strictly between the
        // stop loss and the partial threshold, or one return would trigger two contradictory rules.
        if (FlatRangeLower > FlatRangeUpper)
        {
            yield return new ValidationResult($"must not exceed {nameof(FlatRangeUpper)} ({DecisionText.Ratio(FlatRangeUpper)})", [nameof(FlatRangeLower)]);
        }

        if (FlatRangeLower <= AfternoonStopLoss)
        {
            yield return new ValidationResult($"must be above {nameof(AfternoonStopLoss)} ({DecisionText.Ratio(AfternoonStopLoss)})", [nameof(FlatRangeLower)]);
        }

        if (!PartialAtAfternoonStart && FlatRangeUpper >= AfternoonPartialTakeProfit)
        {
            yield return new ValidationResult(
                $"must be below {nameof(AfternoonPartialTakeProfit)} ({DecisionText.Ratio(AfternoonPartialTakeProfit)})", [nameof(FlatRangeUpper)]);
        }
    }
}
