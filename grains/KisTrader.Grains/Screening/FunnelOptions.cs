using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Screening;

/// <summary>
/// How the screening funnel collects (section <c>Screening:Funnel</c>). The strategy's own numbers (thresholds, filters)
/// stay in <c>Strategy:Screening</c>; these only shape the broker calls. Validated by the source-generated
/// <see cref="FunnelOptionsValidator"/>.
/// </summary>
public sealed class FunnelOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Screening:Funnel";

    /// <summary>Broker calls in flight at once. The client's rate limiter paces them; this only bounds the queue.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// The KRX daily price limit (±30%) as a fraction. It bounds today's close (and so the market cap at the close)
    /// from the master file's previous-day figures: the universe stage drops a listing only when even a limit move
    /// cannot bring it inside the market-cap and price filters.
    /// </summary>
    [Range(typeof(decimal), "0.01", "1")]
    public decimal DailyPriceLimit { get; set; } = 0.30m;

    /// <summary>
    /// Ask the volume ranking by trading value (a few calls, real keys only) which listings reach the minimum day
    /// trading value, and quote only those; without it (or when the ranking is unavailable) every listing is quoted.
    /// </summary>
    public bool UseTradingValueRank { get; set; } = true;

    /// <summary>Calendar days before the session date asked of the daily chart (must hold 20+ trading days).</summary>
    [Range(30, 140)]
    public int HistoryCalendarDays { get; set; } = 45;
}
