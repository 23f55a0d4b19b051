using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Positions;

/// <summary>How the position grains run (not strategy rules: those are <c>Strategy:Exits</c> and <c>Strategy:Costs</c>). Section <c>KisTrader:Positions</c>.</summary>
public sealed class PositionOptions : IValidatableObject
{
    /// <summary>The shortest <see cref="StalePriceAfter"/> other than zero: a poll is a REST call on the market-data key's budget.</summary>
    public static readonly TimeSpan MinStalePriceAfter = TimeSpan.FromSeconds(5);

    /// <summary>The configuration section.</summary>
    public const string Section = "KisTrader:Positions";

    /// <summary>While an order of the position is working, its view is fetched at least this often (recovers a lost notification). Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RefreshEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long before the exit day's open the position starts following its symbol's trades. Default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WatchLead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many rejected sells the position stops selling by itself (logged as an error; a person decides). Default 3.</summary>
    [Range(1, 100)]
    public int MaxRejectedSells { get; set; } = 3;

    /// <summary>
    /// The price fallback when the trades stop: during the exit day's decision windows (morning start to the forced exit),
    /// when no trade has reached the position for this long, it reads the current price over REST (inquire-price, lane
    /// ExitChecks) and evaluates its rules on it as on a trade at that instant; again every this long while the trades stay
    /// absent. Default 30 s; 0 turns the fallback off (only when set explicitly); otherwise 5 s to 10 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan StalePriceAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StalePriceAfter > TimeSpan.Zero && StalePriceAfter < MinStalePriceAfter)
        {
            yield return new ValidationResult(
                $"{nameof(StalePriceAfter)} must be 0 (no price fallback) or at least 00:00:05 (a REST call per position each period).",
                [nameof(StalePriceAfter)]);
        }
    }
}
