using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.AfterHours;

/// <summary>
/// Retries of an order submission that failed for a technical reason (strategy.md §6). Section
/// <c>Strategy:AfterHours:Submission</c>. The delay before retry n (1-based) is
/// <see cref="InitialDelay"/> × <see cref="BackoffMultiplier"/>^(n−1), at most <see cref="MaxDelay"/>.
/// </summary>
public sealed class SubmissionRetryOptions
{
    /// <summary>How many times a technically failed submission is retried (so at most MaxRetries + 1 attempts). Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The delay before the first retry. Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:05:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Each further retry waits this many times longer than the previous one. Default 2 (2 s, 4 s, 8 s).</summary>
    [Range(typeof(decimal), "1", "10", ParseLimitsInInvariantCulture = true)]
    public decimal BackoffMultiplier { get; set; } = 2m;

    /// <summary>The longest delay between two attempts. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
