namespace KisTrader.Grains.Storage;

/// <summary>An event to append to the journal (what the <c>events</c> stream publishes, kept for good).</summary>
/// <param name="Stream">The kind of subject, e.g. "session", "order", "symbol".</param>
/// <param name="Subject">Which one, e.g. the trading date "2026-08-24" or an order id.</param>
/// <param name="EventType">What happened, e.g. "ScreeningStarted".</param>
/// <param name="OccurredAt">When it happened (stored as a UTC instant, microsecond precision).</param>
/// <param name="TradingDate">The session it belongs to, when any.</param>
/// <param name="PayloadJson">The event as a JSON document; never a secret.</param>
public sealed record JournalEvent(
    string Stream,
    string Subject,
    string EventType,
    DateTimeOffset OccurredAt,
    DateOnly? TradingDate,
    string PayloadJson);
