using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Realtime;

/// <summary>The fill-notice path of the realtime grain (section <c>KisTrader:Realtime</c>), validated at start.</summary>
public sealed class RealtimeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KisTrader:Realtime";

    /// <summary>
    /// How long a fill notice's identity is remembered to recognise a copy delivered again on a later connection. Default
    /// 10 minutes (a reconnect takes seconds).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be between 00:00:01 and 1.00:00:00")]
    public TimeSpan FillDuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wait before publishing a fill notice again after its stream refused it (it is retried, never skipped). Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "must be between 00:00:00.010 and 00:01:00")]
    public TimeSpan FillPublishRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts to publish each fill notice still buffered when the grain deactivates (the socket is closed by then). Default 5.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int DrainAttempts { get; set; } = 5;
}
