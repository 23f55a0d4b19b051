using System.Collections.Immutable;

namespace KisTrader.Kis.Simulator.Metrics;

/// <summary>GET /sim/metrics (camelCase JSON).</summary>
internal sealed record MetricsSnapshot(RestMetrics Rest, AuthMetrics Auth, WebSocketMetrics WebSocket, OrderMetrics Orders, ImmutableSortedDictionary<string, long> Faults);

/// <param name="Calls">/uapi calls that reached the gateway.</param>
/// <param name="Accepted">Calls passed to their endpoint.</param>
/// <param name="RateLimited">Calls refused with EGW00201.</param>
/// <param name="ByTrId">Calls per tr_id header ("(none)" when missing).</param>
/// <param name="Rejections">Gateway rejections per msg_cd (EGW00201, EGW00123, EGW02006 …).</param>
internal sealed record RestMetrics(long Calls, long Accepted, long RateLimited, ImmutableSortedDictionary<string, long> ByTrId, ImmutableSortedDictionary<string, long> Rejections);

/// <param name="TokensIssued">New access tokens.</param>
/// <param name="TokensReused">tokenP answers that returned the still-valid token (within 6 h).</param>
/// <param name="TokensRevoked">Tokens revoked by revokeP.</param>
/// <param name="ApprovalKeysIssued">WebSocket approval keys.</param>
/// <param name="HashKeys">hashkey answers.</param>
/// <param name="Rejections">oauth2/hashkey refusals per error code (EGW00133, EGW00103, EGW00105 …).</param>
internal sealed record AuthMetrics(long TokensIssued, long TokensReused, long TokensRevoked, long ApprovalKeysIssued, long HashKeys, IReadOnlyDictionary<string, long> Rejections);

/// <param name="SessionsOpened">WebSocket sessions accepted.</param>
/// <param name="SessionsClosed">Sessions ended (client close, drop fault, heartbeat timeout).</param>
/// <param name="SessionsOpen">Sessions open now (not reset).</param>
/// <param name="Registrations">Successful registrations (tr_type 1).</param>
/// <param name="Unregistrations">Released registrations (explicit or by session end).</param>
/// <param name="RegistrationsActive">Registrations held now (not reset).</param>
/// <param name="RegistrationsByTrId">Successful registrations per TR ID.</param>
/// <param name="RegistrationRejections">Refusals per msg_cd (OPSP0008, OPSP8996 …).</param>
/// <param name="FramesByTrId">Data frames sent per TR ID.</param>
/// <param name="RecordsByTrId">Records in those frames per TR ID.</param>
internal sealed record WebSocketMetrics(
    long SessionsOpened,
    long SessionsClosed,
    long SessionsOpen,
    long Registrations,
    long Unregistrations,
    long RegistrationsActive,
    ImmutableSortedDictionary<string, long> RegistrationsByTrId,
    ImmutableSortedDictionary<string, long> RegistrationRejections,
    ImmutableSortedDictionary<string, long> FramesByTrId,
    ImmutableSortedDictionary<string, long> RecordsByTrId);

/// <param name="Accepted">Orders (new, modify, cancel) accepted by the order desk.</param>
/// <param name="Rejected">Orders rejected by the order desk (not counting gateway rejections or injected faults).</param>
/// <param name="Rejections">Order-desk rejections per msg_cd.</param>
/// <param name="Fills">Fill events.</param>
/// <param name="FilledQuantity">Shares filled.</param>
internal sealed record OrderMetrics(long Accepted, long Rejected, ImmutableSortedDictionary<string, long> Rejections, long Fills, long FilledQuantity);
