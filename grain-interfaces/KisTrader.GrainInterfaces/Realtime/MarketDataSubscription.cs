namespace KisTrader.GrainInterfaces;

/// <summary>
/// The answer of <see cref="IMarketDataGrain.SubscribeAsync"/>. A subscription is all or nothing: when one kind is
/// refused none of the call's kinds is held, and <see cref="Reason"/> says why (e.g. the 41-registration cap).
/// </summary>
/// <param name="Accepted">True when every requested kind is held for the owner.</param>
/// <param name="Symbol">6-digit code.</param>
/// <param name="Owner">Who holds it (e.g. <c>session:2026-11-23</c>).</param>
/// <param name="Kinds">The kinds asked for.</param>
/// <param name="NewRegistrations">KIS registrations this call added (0 when every kind was already registered for someone).</param>
/// <param name="RegistrationsUsed">Registrations counted against the cap after the call (the whole session's).</param>
/// <param name="RegistrationsLimit">The cap (Kis:WebSocket:MaxRegistrations, 41).</param>
/// <param name="Reason">Why it was refused; null when accepted.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketDataSubscription")]
public sealed record MarketDataSubscription(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] string Symbol,
    [property: Id(2)] string Owner,
    [property: Id(3)] MarketDataKinds Kinds,
    [property: Id(4)] int NewRegistrations,
    [property: Id(5)] int RegistrationsUsed,
    [property: Id(6)] int RegistrationsLimit,
    [property: Id(7)] string? Reason);
