namespace KisTrader.Web.Relay;

/// <summary>
/// An answer of <c>GET /api/events?after=&amp;limit=</c>: the events with a sequence above <see cref="After"/>, oldest first;
/// <see cref="Last"/> is the sequence to ask after next; <see cref="More"/> says there are more right now;
/// <see cref="Truncated"/> says events after <see cref="After"/> are no longer held (re-read the state, then follow).
/// </summary>
public sealed record EventPage(long After, long Last, bool More, bool Truncated, string Source, IReadOnlyList<EventMessage> Events);
