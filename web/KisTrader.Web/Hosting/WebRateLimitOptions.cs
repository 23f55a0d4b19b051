using System.ComponentModel.DataAnnotations;

namespace KisTrader.Web.Hosting;

/// <summary>Requests per key (section <c>KisTrader:Web:RateLimit</c>): a fixed window per API key, or per address without one.</summary>
public sealed class WebRateLimitOptions
{
    /// <summary>Requests a key may make per window (default 300).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerWindow { get; set; } = 300;

    /// <summary>Requests an address without a valid key may make per window (default 30: failed logins are cheap to refuse).</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPermitsPerWindow { get; set; } = 30;

    /// <summary>The window (default one minute; 1 second to 1 hour).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
