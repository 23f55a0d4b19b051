using System.ComponentModel.DataAnnotations;
using KisTrader.Kis.Configuration;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// Settings of the KIS realtime (WebSocket) client, configuration section <c>Kis:WebSocket</c> (kis-api.md §3, §5).
/// Validated at start by the source-generated <see cref="KisWebSocketOptionsValidator"/>.
/// </summary>
/// <remarks>
/// Filled by <c>AddKisClient</c> from <c>KisOptions</c> (do not set them in <c>Kis:WebSocket</c> when using it):
/// <see cref="BaseUrl"/> (the environment's WebSocket host), <see cref="HtsId"/>, <see cref="CustomerType"/> and
/// <see cref="PaperTrading"/>. Everything else has a default suited to the real KIS service.
/// </remarks>
public sealed class KisWebSocketOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Kis:WebSocket";

    /// <summary>WebSocket host, e.g. <c>ws://ops.koreainvestment.com:21000</c> (real) or <c>:31000</c> (paper). Filled from KisOptions.</summary>
    [Required(ErrorMessage = "{0} is required (ws://host:port of the KIS WebSocket service).")]
    [AbsoluteUrl("ws", "wss", ErrorMessage = "{0} must be an absolute ws:// or wss:// URL.")]
    public Uri? BaseUrl { get; set; }

    /// <summary>Path appended to <see cref="BaseUrl"/>. Default <c>/tryitout</c> (the official client's path).</summary>
    [Required(ErrorMessage = "{0} is required.")]
    [RegularExpression("/.*", ErrorMessage = "{0} must start with '/'.")]
    public string Path { get; set; } = "/tryitout";

    /// <summary>HTS ID: the tr_key of 체결통보 (fill notices). Filled from KisOptions; needed only for fill notices.</summary>
    [RegularExpression("[^\\s\"]*", ErrorMessage = "{0} must not contain spaces or quotes.")]
    public string? HtsId { get; set; }

    /// <summary>custtype header of subscribe messages: P (개인) or B (법인). Filled from KisOptions.</summary>
    [RegularExpression("[PB]", ErrorMessage = "{0} must be P or B.")]
    public string CustomerType { get; set; } = "P";

    /// <summary>Paper (모의투자) account: fill notices use H0STCNI9 instead of H0STCNI0. Filled from KisOptions.</summary>
    public bool PaperTrading { get; set; }

    /// <summary>Realtime registrations per session, all TRs together (KIS: 41; the 42nd gets OPSP0008). Default 41.</summary>
    [Range(1, 200)]
    public int MaxRegistrations { get; set; } = 41;

    /// <summary>First reconnect delay after a dropped connection. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect delay (the delay doubles per failed attempt up to this). Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Random spread of each reconnect delay as a fraction (0.2 = ±20 %), so many clients do not reconnect in step. Default 0.2.</summary>
    [Range(typeof(decimal), "0", "1")]
    public decimal ReconnectJitter { get; set; } = 0.2m;

    /// <summary>Time to open the connection before the attempt counts as failed. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time to wait for the control reply to a subscribe/unsubscribe message. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A connection that receives nothing at all (no data, no PINGPONG) for this long is treated as dead and replaced.
    /// KIS sends PINGPONG about every 110 s (unconfirmed), so the default is 5 minutes. Zero disables the check.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Market events (ticks, books, index) buffered for the consumer. When full the oldest event is dropped and counted
    /// (<see cref="KisRealtimeStatistics.DroppedMarketEvents"/>), so a slow consumer never stalls the receive loop. Default 10,000.
    /// </summary>
    [Range(16, 1_000_000)]
    public int MarketEventCapacity { get; set; } = 10_000;

    /// <summary>
    /// Fill notices (체결통보) buffered for the consumer (<see cref="IKisRealtimeClient.FillNotices"/>). Never dropped: when
    /// full the receive loop waits for the consumer (back-pressure onto the socket) and counts the wait
    /// (<see cref="KisRealtimeStatistics.FillNoticeWaits"/>). Default 4,096.
    /// </summary>
    [Range(16, 1_000_000, ErrorMessage = "Kis:WebSocket:FillNoticeCapacity must be between 16 and 1000000.")]
    public int FillNoticeCapacity { get; set; } = 4096;

    /// <summary>Receive buffer in bytes (multi-record frames exceed 8 KB, kis-api.md §8). Default 16 KiB.</summary>
    [Range(1024, 1_048_576)]
    public int ReceiveBufferBytes { get; set; } = 16 * 1024;

    /// <summary>Largest accepted message; a bigger one closes the connection (and a reconnect follows). Default 4 MiB.</summary>
    [Range(4096, 67_108_864)]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The rule between settings: the reconnect delay may not shrink.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (ReconnectMaxDelay < ReconnectInitialDelay)
        {
            yield return new ValidationResult($"{SectionName}:ReconnectMaxDelay must not be shorter than {SectionName}:ReconnectInitialDelay.");
        }
    }

    /// <summary>The fill-notice TR of this account type: H0STCNI9 for paper, H0STCNI0 for real.</summary>
    public string FillNoticeTrId => PaperTrading ? KisRealtimeTrIds.FillNoticePaper : KisRealtimeTrIds.FillNotice;
}
