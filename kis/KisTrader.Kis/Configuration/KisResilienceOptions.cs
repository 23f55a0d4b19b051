using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Configuration;

/// <summary>Timeouts, retries and the circuit breaker (section <c>Kis:Resilience</c>).</summary>
public sealed class KisResilienceOptions
{
    /// <summary>Timeout of one query attempt. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of an order or cancel (no retry: a timeout gives an "outcome unknown" result). Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan OrderTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a query after a transient failure (network, 5xx without a business code, EGW00201). Default 3.</summary>
    [Range(0, 10)]
    public int QueryRetries { get; set; } = 3;

    /// <summary>
    /// Further retries of a query answered EGW00201, beyond <see cref="QueryRetries"/>: a rate-limit answer is our pacing, not
    /// the broker failing, and comes in bursts when something else shares the key; the budget backs off and lowers the rate
    /// meanwhile, and each of these retries waits <see cref="RetryBaseDelay"/> (not doubled). Orders keep their two retries
    /// (the order grain retries a refused submission itself). Default 10.
    /// </summary>
    [Range(0, 30)]
    public int RateLimitRetries { get; set; } = 10;

    /// <summary>First retry delay; doubles each attempt, with jitter. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Circuit breaker: the failure ratio (transient failures / calls) that opens the circuit. Default 0.5.</summary>
    [Range(0.1, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Circuit breaker: calls needed in the sampling window before it can open. Default 20.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    /// <summary>Circuit breaker: the sampling window. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Circuit breaker: how long it stays open. Default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
