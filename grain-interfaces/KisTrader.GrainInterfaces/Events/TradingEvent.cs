namespace KisTrader.GrainInterfaces;

/// <summary>
/// One state change of a grain as the front ends receive it: published on the stream
/// <c>events/all</c> (<see cref="StreamIds.Events"/>) after it was
/// appended to the journal (<c>journal.events</c>), whose sequence number it carries. Made to be relayed as JSON (e.g.
/// to SignalR): <see cref="Payload"/> is polymorphic with a <c>type</c> discriminator equal to <see cref="Type"/>.
/// Carries data only (no sentences for people: the front ends word <see cref="Payload"/>). Never holds a secret or a full
/// account number.
/// </summary>
/// <param name="Sequence">The journal's sequence number (increases with every event; gaps are possible).</param>
/// <param name="Category">What kind of subject changed (the journal's stream column).</param>
/// <param name="Subject">Which one: a trading date (2026-11-23), a masked account (1234****-01), the schedule (krx), a KIS key id (k…).</param>
/// <param name="Type">The payload's type name, e.g. "SessionPhaseChanged" (the journal's event_type).</param>
/// <param name="At">When it happened, with the KST offset.</param>
/// <param name="TradingDate">The trading session it belongs to, when any.</param>
/// <param name="Payload">The typed details.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.TradingEvent")]
public sealed record TradingEvent(
    [property: Id(0)] long Sequence,
    [property: Id(1)] TradingEventCategory Category,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Type,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] DateOnly? TradingDate,
    [property: Id(7)] TradingEventPayload Payload)
{
    /// <summary>The key of the one stream of all events in <see cref="ProviderNames.EventsNamespace"/>: <c>events/all</c>.</summary>
    public const string StreamKey = "all";
}
