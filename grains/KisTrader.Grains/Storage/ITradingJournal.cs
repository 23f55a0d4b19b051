namespace KisTrader.Grains.Storage;

/// <summary>
/// The trading journal (architecture.md §3, schema <c>journal</c>): the durable record of what the strategy decided
/// and the broker did. Appends only; a recorded run or event is never changed.
/// </summary>
public interface ITradingJournal
{
    /// <summary>Records a session entering a state; creates the session row on its first change.</summary>
    Task RecordSessionStateAsync(SessionStateChange change, CancellationToken cancellationToken = default);

    /// <summary>The session's current state, or null when the journal has no such session.</summary>
    Task<SessionState?> ReadSessionStateAsync(DateOnly tradingDate, CancellationToken cancellationToken = default);

    /// <summary>Appends an event and returns its sequence number.</summary>
    Task<long> AppendEventAsync(JournalEvent journalEvent, CancellationToken cancellationToken = default);

    /// <summary>The events of one subject, oldest first.</summary>
    Task<IReadOnlyList<RecordedJournalEvent>> ReadEventsAsync(string stream, string subject, CancellationToken cancellationToken = default);

    /// <summary>Records a finished screening run in one transaction (its session must have been recorded).</summary>
    /// <exception cref="InvalidOperationException">A run with this id is already recorded.</exception>
    Task RecordScreeningRunAsync(ScreeningRunRecord run, CancellationToken cancellationToken = default);

    /// <summary>A recorded run, or null when there is none with this id.</summary>
    Task<ScreeningRunRecord?> ReadScreeningRunAsync(Guid runId, CancellationToken cancellationToken = default);
}
