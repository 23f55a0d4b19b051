using System.Threading.Channels;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// The KIS realtime (WebSocket) client: one session per app key, reference-counted subscriptions under the
/// 41-registration cap with priorities, typed events, automatic reconnect with resubscription. See WebSocket/README.md.
/// </summary>
public interface IKisRealtimeClient
{
    /// <summary>Current connection state.</summary>
    RealtimeConnectionState State { get; }

    /// <summary>
    /// Market data (<see cref="TradeTick"/>, <see cref="OrderBook"/>, <see cref="IndexTick"/>) for one consumer. Bounded
    /// (<c>Kis:WebSocket:MarketEventCapacity</c>): when full the oldest event is dropped and counted, never blocking the receive loop.
    /// </summary>
    ChannelReader<KisMarketEvent> MarketEvents { get; }

    /// <summary>
    /// Connection changes (<see cref="ConnectionStateChanged"/>) and subscription changes (<see cref="SubscriptionLost"/>,
    /// <see cref="SubscriptionRestored"/>) for one consumer. Unbounded and never dropped: these are rare and must not be lost.
    /// </summary>
    ChannelReader<KisRealtimeEvent> Notices { get; }

    /// <summary>
    /// Fill notices (체결통보, <see cref="FillNotice"/>) for one consumer, in the order they were received, each stamped with
    /// the connection that carried it and a receive sequence. Bounded (<c>Kis:WebSocket:FillNoticeCapacity</c>) and never
    /// dropped: when full, the receive loop waits for the consumer (back-pressure onto the socket).
    /// </summary>
    ChannelReader<FillNotice> FillNotices { get; }

    /// <summary>Counters (frames, skipped frames, drops, reconnects …).</summary>
    KisRealtimeStatistics Statistics { get; }

    /// <summary>What the client holds now.</summary>
    IReadOnlyList<RealtimeRegistration> Registrations { get; }

    /// <summary>Starts the connection loop (idempotent) and waits until a connection is open.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Closes the connection and stops reconnecting. Held subscriptions are kept and restored by the next <see cref="StartAsync"/>.</summary>
    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Holds a registration of <paramref name="trId"/>/<paramref name="trKey"/> (starting the client if needed; while the client
    /// cannot connect, the registration is kept and sent once a connection opens, and the call returns without waiting). The first
    /// holder sends the subscribe message and waits for KIS's reply; later holders only add a reference.
    /// </summary>
    /// <exception cref="KisSubscriptionLimitException">No slot and nothing of lower priority to evict (nothing is sent), or OPSP0008.</exception>
    /// <exception cref="KisAppKeyInUseException">OPSP8996: another session holds the app key.</exception>
    /// <exception cref="KisWebSocketException">Another refusal (msg_cd in the exception).</exception>
    /// <exception cref="TimeoutException">No reply within <c>Kis:WebSocket:RequestTimeout</c>.</exception>
    Task<RealtimeSubscription> SubscribeAsync(string trId, string trKey, SubscriptionPriority priority, CancellationToken cancellationToken);

    /// <summary>체결통보 for the configured HTS ID (H0STCNI0, or H0STCNI9 with <c>PaperTrading</c>) at <see cref="SubscriptionPriority.Account"/>.</summary>
    Task<RealtimeSubscription> SubscribeFillNoticesAsync(CancellationToken cancellationToken);
}
