using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// The per-app-key REST budget (section <c>Kis:RateLimit</c>, or <c>Kis:MarketData:RateLimit</c>). KIS counts a sliding
/// window per app key (kis-api.md §3: real 18/s, paper 1/s since 2026-04-20); the limits change, so they are settings.
/// </summary>
public sealed class KisRateLimitOptions
{
    /// <summary>Requests per <see cref="Window"/>. Default: 18 for Real and Simulator, 1 for Paper.</summary>
    [Range(1, 100)]
    public int? RequestsPerSecond { get; set; }

    /// <summary>The window KIS counts in. Default 1 s. (Tests shrink it together with the simulator's window.)</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Extra wait after a request's answer before its permit counts as free again: absorbs clock drift between us and the
    /// gateway. Default 15 ms.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMilliseconds(15);

    /// <summary>After an EGW00201: how long every lane pauses before the next call. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan BackoffDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After an EGW00201: how long the budget stays lowered. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ReducedRateDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// After an EGW00201: the budget in effect is multiplied by this (once per back-off; it compounds while lowered; at
    /// least one request per window). Default 0.5.
    /// </summary>
    [Range(typeof(decimal), "0.05", "1")]
    public decimal ReducedRateFactor { get; set; } = 0.5m;

    /// <summary>The budget for an environment: the configured value or the documented default.</summary>
    public int EffectiveRequestsPerSecond(KisEnvironment environment) =>
        RequestsPerSecond ?? (environment == KisEnvironment.Paper ? 1 : 18);
}
