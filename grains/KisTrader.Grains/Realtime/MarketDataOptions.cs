using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Realtime;

/// <summary>The market-data grain's timings (section <c>KisTrader:MarketData</c>); validated at start by the source-generated <see cref="MarketDataOptionsValidator"/>.</summary>
public sealed class MarketDataOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KisTrader:MarketData";

    /// <summary>
    /// Period of the durable reminder held while the grain has subscriptions: after its silo dies, the cluster re-activates
    /// it (on a live silo) at the next tick, and the activation restores the persisted subscriptions. Orleans' minimum is
    /// one minute. Default 1 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "00:10:00")]
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Period of the keep-alive grain timer held while the grain has subscriptions (it stops idle collection). Default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAlivePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Wait before re-sending a persisted subscription whose restore failed for a passing reason (no reply in time, the app
    /// key still in use by the dead silo's session until KIS expires it). Default 5 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RestoreRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
