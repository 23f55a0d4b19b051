namespace KisTrader.Grains.Storage;

/// <summary>An event as stored: its position in the journal and the event.</summary>
/// <param name="Sequence">Increases with every append (gaps are possible after a rolled-back append).</param>
/// <param name="RecordedAt">When the database stored it.</param>
/// <param name="Event">The event; its payload is the stored JSON (normalised by PostgreSQL's jsonb).</param>
public sealed record RecordedJournalEvent(long Sequence, DateTimeOffset RecordedAt, JournalEvent Event);
