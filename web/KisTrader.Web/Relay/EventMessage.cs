using System.Text.Json;

namespace KisTrader.Web.Relay;

/// <summary>
/// A <c>TradingEvent</c> as the hub (<c>"event"</c>) and <c>GET /api/events</c> deliver it: the journal's sequence number,
/// the grain's category, the dashboard's alert category, the Korean line (<see cref="Text"/>) and the typed payload as
/// JSON with its <c>type</c> discriminator.
/// </summary>
public sealed record EventMessage(
    long Sequence,
    string Category,
    string Alert,
    string Subject,
    string Type,
    DateTimeOffset At,
    DateOnly? TradingDate,
    string Text,
    JsonElement Payload);
