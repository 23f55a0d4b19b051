using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Orders;

/// <summary>The order grains' timings (section <c>KisTrader:Orders</c>), validated at start.</summary>
public sealed class OrderOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KisTrader:Orders";

    /// <summary>The owner name under which the order book holds the 체결통보 registration.</summary>
    public const string FillNoticeOwner = "orders";

    /// <summary>How often a working order polls the day's executions (inquire-daily-ccld). Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "must be between 00:00:01 and 00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long after the POST a lookup that finds nothing proves the order absent (the broker may still be processing it
    /// before). Default 5 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "must be between 00:00:00 and 00:05:00")]
    public TimeSpan AbsenceConfirmDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The lookup window starts this long before the POST was sent. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "must be between 00:00:00 and 00:10:00")]
    public TimeSpan LookupWindowBefore { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The lookup window ends this long after the lookup. Default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "must be between 00:00:00 and 00:10:00")]
    public TimeSpan LookupWindowAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait before trying a lookup or poll again after it failed. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "must be between 00:00:00.100 and 00:10:00")]
    public TimeSpan FailureRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Lookups of an unknown outcome that may fail in a row (the inquiry unreachable or refusing) before the order is
    /// declared ambiguous: its symbol halted and an alert raised, a person decides. Default 5.
    /// </summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int LookupFailureLimit { get; set; } = 5;

    /// <summary>The final poll runs this long after the order's session ended (the broker lapses the rest). Default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00", ErrorMessage = "must be between 00:00:00 and 00:30:00")]
    public TimeSpan ExpiryGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Period of the durable reminder every unfinished order holds ("order-wake"): after a deactivation or the loss of its
    /// silo it reactivates the order (which resolves an unanswered POST and resumes polling) without anyone calling it.
    /// Orleans' minimum is 1 minute. Default 1 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ErrorMessage = "must be between 00:01:00 and 01:00:00")]
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many notices without a known order the order book keeps per account. Default 1,000.</summary>
    [Range(10, 100_000, ErrorMessage = "must be between 10 and 100000")]
    public int UnroutedNoticeLimit { get; set; } = 1_000;

    /// <summary>How many days the order book remembers an order number. Default 7.</summary>
    [Range(1, 400, ErrorMessage = "must be between 1 and 400")]
    public int OrderNumberRetentionDays { get; set; } = 7;
}
