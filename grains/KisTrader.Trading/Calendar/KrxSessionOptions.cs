using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Calendar;

/// <summary>
/// The base KRX session times (KST, normal day; kis-api.md §7). Section <c>Strategy:Calendar:Session</c>. Special
/// days shift them through <see cref="TradingDaySchedule"/>.
/// </summary>
public sealed class KrxSessionOptions : IValidatableObject
{
    /// <summary>Start of the opening single-price auction order intake. Default 08:30.</summary>
    public TimeOnly PreOpenStart { get; set; } = new(8, 30);

    /// <summary>Regular session open (continuous trading starts). Default 09:00.</summary>
    public TimeOnly RegularOpen { get; set; } = new(9, 0);

    /// <summary>
    /// Base times before this follow the open shift, the others the close shift (<see cref="TradingDaySchedule.MiddaySplit"/>).
    /// Must lie after <see cref="RegularOpen"/> and not after <see cref="ClosingAuctionStart"/>. Default 12:00.
    /// </summary>
    public TimeOnly MiddaySplit { get; set; } = new(12, 0);

    /// <summary>Start of the closing single-price auction (장마감 동시호가). Default 15:20.</summary>
    public TimeOnly ClosingAuctionStart { get; set; } = new(15, 20);

    /// <summary>Regular session close. Default 15:30.</summary>
    public TimeOnly RegularClose { get; set; } = new(15, 30);

    /// <summary>Start of the after-close closing-price session (장후 시간외 종가). Default 15:40.</summary>
    public TimeOnly ClosingPriceStart { get; set; } = new(15, 40);

    /// <summary>End of the closing-price session. Default 16:00.</summary>
    public TimeOnly ClosingPriceEnd { get; set; } = new(16, 0);

    /// <summary>Start of the after-hours single-price session (시간외 단일가). Default 16:00.</summary>
    public TimeOnly AfterHoursStart { get; set; } = new(16, 0);

    /// <summary>End of the after-hours single-price session (its last match). Default 18:00.</summary>
    public TimeOnly AfterHoursEnd { get; set; } = new(18, 0);

    /// <summary>
    /// Time between after-hours single-price matches; the first match is one interval after the start and the last at
    /// the end (16:10, 16:20, ..., 18:00: 12 matches). Default 10 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan AfterHoursAuctionInterval { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        (string Name, TimeOnly Value, bool AllowEqual)[] order =
        [
            (nameof(PreOpenStart), PreOpenStart, false),
            (nameof(RegularOpen), RegularOpen, false),
            (nameof(MiddaySplit), MiddaySplit, false),
            (nameof(ClosingAuctionStart), ClosingAuctionStart, true),
            (nameof(RegularClose), RegularClose, false),
            (nameof(ClosingPriceStart), ClosingPriceStart, true),
            (nameof(ClosingPriceEnd), ClosingPriceEnd, false),
            (nameof(AfterHoursStart), AfterHoursStart, true),
            (nameof(AfterHoursEnd), AfterHoursEnd, false),
        ];
        for (var i = 1; i < order.Length; i++)
        {
            var (name, value, allowEqual) = order[i];
            var previous = order[i - 1];
            if (value < previous.Value || (value == previous.Value && !allowEqual))
            {
                var relation = allowEqual ? "at or after" : "after";
                yield return new ValidationResult($"must be {relation} {previous.Name} ({previous.Value:HH\\:mm})", [name]);
            }
        }

        var afterHours = AfterHoursEnd - AfterHoursStart;
        if (AfterHoursAuctionInterval > TimeSpan.Zero && afterHours > TimeSpan.Zero
            && afterHours.Ticks % AfterHoursAuctionInterval.Ticks != 0)
        {
            yield return new ValidationResult(
                $"must divide the after-hours session ({AfterHoursStart:HH\\:mm}–{AfterHoursEnd:HH\\:mm}) into whole intervals",
                [nameof(AfterHoursAuctionInterval)]);
        }
    }
}
