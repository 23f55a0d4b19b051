using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// Settings of the KIS realtime (WebSocket) client, configuration section <c>Kis:WebSocket</c> (kis-api.md §3, §5).
/// </summary>
/// <remarks>
/// Filled by <c>AddKisClient</c> from <c>KisOptions</c> (do not set them in <c>Kis:WebSocket</c> when using it):
/// <see cref="BaseUrl"/> (the environment's WebSocket host), <see cref="HtsId"/>, <see cref="CustomerType"/> and
/// <see cref="PaperTrading"/>. Everything else has a default suited to the real KIS service.
/// </remarks>
public sealed class KisWebSocketOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Kis:WebSocket";

    /// <summary>WebSocket host, e.g. <c>ws://ops.koreainvestment.com:21000</c> (real) or <c>:31000</c> (paper). Filled from KisOptions.</summary>
    [Required(ErrorMessage = "Kis:WebSocket:BaseUrl is required (ws://host:port of the KIS WebSocket service).")]
    public Uri? BaseUrl { get; set; }

    /// <summary>Path appended to <see cref="BaseUrl"/>. Default <c>/tryitout</c> (the official client's path).</summary>
    [Required(ErrorMessage = "Kis:WebSocket:Path is required.")]
    public string Path { get; set; } = "/tryitout";

    /// <summary>HTS ID: the tr_key of 체결통보 (fill notices). Filled from KisOptions; needed only for fill notices.</summary>
    public string? HtsId { get; set; }

    /// <summary>custtype header of subscribe messages: P (개인) or B (법인). Filled from KisOptions.</summary>
    [RegularExpression("^[PB]$", ErrorMessage = "Kis:WebSocket:CustomerType must be P or B.")]
    public string CustomerType { get; set; } = "P";

    /// <summary>Paper (모의투자) account: fill notices use H0STCNI9 instead of H0STCNI0. Filled from KisOptions.</summary>
    public bool PaperTrading { get; set; }

    /// <summary>Realtime registrations per session, all TRs together (KIS: 41; the 42nd gets OPSP0008). Default 41.</summary>
    [Range(1, 200, ErrorMessage = "Kis:WebSocket:MaxRegistrations must be between 1 and 200.")]
    public int MaxRegistrations { get; set; } = 41;

    /// <summary>First reconnect delay after a dropped connection. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "Kis:WebSocket:ReconnectInitialDelay must be between 1 ms and 10 minutes.")]
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect delay (the delay doubles per failed attempt up to this). Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Kis:WebSocket:ReconnectMaxDelay must be between 1 ms and 1 hour.")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Random spread of each reconnect delay as a fraction (0.2 = ±20 %), so many clients do not reconnect in step. Default 0.2.</summary>
    [Range(typeof(decimal), "0", "1", ErrorMessage = "Kis:WebSocket:ReconnectJitter must be between 0 and 1.")]
    public decimal ReconnectJitter { get; set; } = 0.2m;

    /// <summary>Time to open the connection before the attempt counts as failed. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00", ErrorMessage = "Kis:WebSocket:ConnectTimeout must be between 10 ms and 5 minutes.")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time to wait for the control reply to a subscribe/unsubscribe message. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00", ErrorMessage = "Kis:WebSocket:RequestTimeout must be between 10 ms and 5 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A connection that receives nothing at all (no data, no PINGPONG) for this long is treated as dead and replaced.
    /// KIS sends PINGPONG about every 110 s (unconfirmed), so the default is 5 minutes. Zero disables the check.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Kis:WebSocket:IdleTimeout must be between 0 and 1 hour.")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Market events (ticks, books, index) buffered for the consumer. When full the oldest event is dropped and counted
    /// (<see cref="KisRealtimeStatistics.DroppedMarketEvents"/>), so a slow consumer never stalls the receive loop. Default 10,000.
    /// </summary>
    [Range(16, 1_000_000, ErrorMessage = "Kis:WebSocket:MarketEventCapacity must be between 16 and 1000000.")]
    public int MarketEventCapacity { get; set; } = 10_000;

    /// <summary>
    /// Fill notices (체결통보) buffered for the consumer (<see cref="IKisRealtimeClient.FillNotices"/>). Never dropped: when
    /// full the receive loop waits for the consumer (back-pressure onto the socket) and counts the wait
    /// (<see cref="KisRealtimeStatistics.FillNoticeWaits"/>). Default 4,096.
    /// </summary>
    [Range(16, 1_000_000, ErrorMessage = "Kis:WebSocket:FillNoticeCapacity must be between 16 and 1000000.")]
    public int FillNoticeCapacity { get; set; } = 4096;

    /// <summary>Receive buffer in bytes (multi-record frames exceed 8 KB, kis-api.md §8). Default 16 KiB.</summary>
    [Range(1024, 1_048_576, ErrorMessage = "Kis:WebSocket:ReceiveBufferBytes must be between 1024 and 1048576.")]
    public int ReceiveBufferBytes { get; set; } = 16 * 1024;

    /// <summary>Largest accepted message; a bigger one closes the connection (and a reconnect follows). Default 4 MiB.</summary>
    [Range(4096, 67_108_864, ErrorMessage = "Kis:WebSocket:MaxMessageBytes must be between 4096 and 67108864.")]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The fill-notice TR of this account type: H0STCNI9 for paper, H0STCNI0 for real.</summary>
    public string FillNoticeTrId => PaperTrading ? KisRealtimeTrIds.FillNoticePaper : KisRealtimeTrIds.FillNotice;
}
