using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.WebSocket;

/// <summary>WebSocket server settings (configuration section <c>Simulator:WebSocket</c>; kis-api.md §3, §5).</summary>
public sealed class SimWebSocketOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator:WebSocket";

    /// <summary>Realtime registrations allowed per session (all TRs together). Default 41: the 42nd gets OPSP0008.</summary>
    [Range(1, 1000)]
    public int MaxRegistrations { get; set; } = 41;

    /// <summary>Wall-clock interval between PINGPONG heartbeats. Default 10 s (observed 10–14 s; kis-api.md says ≈110 s, unconfirmed).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Wall-clock time a client may stay silent after a PINGPONG (no WS pong, no text echo, no other message) before the
    /// server closes the session. Default 60 s. Zero disables the disconnect.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Most records packed into one data frame (the NNN count); several ticks of one TR and key are batched. Default 10.</summary>
    [Range(1, 999)]
    public int MaxRecordsPerFrame { get; set; } = 10;

    /// <summary>
    /// Longest stretch of simulated time replayed to subscribers in one pump step. After a clock jump only the last
    /// stretch is sent (older ticks are skipped, like a reconnecting feed). Default 2 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxCatchUp { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Wall-clock interval of the market-data pump. Default 100 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PumpInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Receive buffer per session in bytes (subscribe messages are small). Default 16 KiB.</summary>
    [Range(1024, 1_048_576)]
    public int ReceiveBufferBytes { get; set; } = 16 * 1024;

    /// <summary>Path prefixes that are never WebSocket endpoints (REST, auth, control). Default /uapi, /oauth2, /sim, /common.</summary>
    public IList<string> ExcludedPathPrefixes { get; } = ["/uapi", "/oauth2", "/sim", "/common"];
}
