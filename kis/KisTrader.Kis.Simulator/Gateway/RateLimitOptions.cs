using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>How the rate-limit window is measured.</summary>
public enum RateLimitAlgorithm
{
    /// <summary>Any window-long span holds at most the limit (exact sliding log): the strictest reading.</summary>
    SlidingLog,

    /// <summary>At most the limit per aligned window [k·W, (k+1)·W) (allows 2× the limit across a boundary).</summary>
    FixedWindow,
}

/// <summary>Which clock measures the window.</summary>
public enum RateLimitClock
{
    /// <summary>Real (wall) time: clients pace themselves in real time, whatever the market clock's speed or pause.</summary>
    Wall,

    /// <summary>The simulated clock: for a client that paces itself on the same shared simulated TimeProvider.</summary>
    Simulated,
}

/// <summary>Per-app-key REST rate limit (configuration section <c>Simulator:RateLimit</c>; kis-api.md §3).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator:RateLimit";

    /// <summary>Enforce the limit (EGW00201 when exceeded). Default true; false for throughput benchmarks (--no-rate-limit).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per window per app key on a Real server. Default 18 (2026-04-20 notice).</summary>
    [Range(1, 1_000_000)]
    public int RealPerWindow { get; set; } = 18;

    /// <summary>Requests per window per app key on a Paper server. Default 1.</summary>
    [Range(1, 1_000_000)]
    public int PaperPerWindow { get; set; } = 1;

    /// <summary>Window length. Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Window algorithm. Default <see cref="RateLimitAlgorithm.SlidingLog"/> (KIS's exact rule is unconfirmed; strictest reading).</summary>
    public RateLimitAlgorithm Algorithm { get; set; } = RateLimitAlgorithm.SlidingLog;

    /// <summary>Clock of the window (also of the approval-key throttle). Default <see cref="RateLimitClock.Wall"/>.</summary>
    public RateLimitClock Clock { get; set; } = RateLimitClock.Wall;
}
