using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>What the market-data grain holds and how its WebSocket session is doing.</summary>
/// <param name="Silo">The silo the grain (and therefore the session) lives on.</param>
/// <param name="Connection">The KIS client's connection state: Stopped, Connecting, Connected or Reconnecting.</param>
/// <param name="Restoring">True while the persisted subscriptions are being re-sent after an activation.</param>
/// <param name="RegistrationsUsed">Registrations counted against the cap (all TRs of the session, parked ones excluded).</param>
/// <param name="RegistrationsLimit">The cap (Kis:WebSocket:MaxRegistrations, 41).</param>
/// <param name="Registrations">Every registration the grain holds, with owners.</param>
/// <param name="Connections">Connections the silo's KIS client opened (since the silo started).</param>
/// <param name="Reconnects">Connections opened after the first one (since the silo started): re-opens after a dropped socket, and after a re-activation on the same silo.</param>
/// <param name="FramesPublished">Market events published to <c>ticks/&lt;symbol&gt;</c> streams by this activation.</param>
/// <param name="DroppedEvents">Market events the KIS client dropped because the grain fell behind (since the silo started).</param>
/// <param name="ActivatedAt">When this activation started (UTC).</param>
/// <param name="LastPublishedAt">When the last event was published (UTC), or null.</param>
/// <param name="FillNoticesPublished">Fill notices published to <c>fills/&lt;account&gt;</c> streams by this activation.</param>
/// <param name="FillNoticeDuplicates">Fill notices received again on a later connection and therefore not published twice (this activation).</param>
/// <param name="FillNoticeWaits">Times the KIS client's receive loop waited for the fill pump (back-pressure, since the silo started; nothing dropped).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketDataStatus")]
public sealed record MarketDataStatus(
    [property: Id(0)] string Silo,
    [property: Id(1)] string Connection,
    [property: Id(2)] bool Restoring,
    [property: Id(3)] int RegistrationsUsed,
    [property: Id(4)] int RegistrationsLimit,
    [property: Id(5)] ImmutableArray<MarketDataRegistrationView> Registrations,
    [property: Id(6)] long Connections,
    [property: Id(7)] long Reconnects,
    [property: Id(8)] long FramesPublished,
    [property: Id(9)] long DroppedEvents,
    [property: Id(10)] DateTimeOffset ActivatedAt,
    [property: Id(11)] DateTimeOffset? LastPublishedAt,
    [property: Id(12)] long FillNoticesPublished,
    [property: Id(13)] long FillNoticeDuplicates,
    [property: Id(14)] long FillNoticeWaits);
