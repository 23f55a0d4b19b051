using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Storage;

/// <summary>
/// <see cref="ITradingJournal"/> kept in process memory, for simulator mode without a database: nothing survives a
/// restart. Same semantics as <see cref="PostgresTradingJournal"/>: events are append-only with increasing sequence
/// numbers, a run is recorded once and only for a recorded session, a session never changes mode, instants are kept
/// as UTC with microsecond precision. Thread-safe (one lock; every operation is short and in memory).
/// </summary>
public sealed partial class InMemoryTradingJournal : ITradingJournal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<DateOnly, SessionRow> _sessions = [];
    private readonly List<SessionStateChange> _stateChanges = [];
    private readonly List<RecordedJournalEvent> _events = [];
    private readonly Dictionary<Guid, ScreeningRunRecord> _runs = [];
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<InMemoryTradingJournal> _logger;
    private long _lastSequence;

    /// <param name="timeProvider">Dates <see cref="RecordedJournalEvent.RecordedAt"/> (the database's now()).</param>
    /// <param name="logger">Debug lines like the PostgreSQL journal's.</param>
    public InMemoryTradingJournal(TimeProvider timeProvider, ILogger<InMemoryTradingJournal> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    public Task RecordSessionStateAsync(SessionStateChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        cancellationToken.ThrowIfCancellationRequested();
        var at = Instant(change.OccurredAt);
        lock (_gate)
        {
            if (_sessions.TryGetValue(change.TradingDate, out var row))
            {
                if (row.Mode != change.Mode)
                {
                    throw new InvalidOperationException(
                        $"Session {change.TradingDate:yyyy-MM-dd} exists with another mode than {change.Mode}; a session never changes mode.");
                }

                _sessions[change.TradingDate] = row with { State = change.State, UpdatedAt = Max(row.UpdatedAt, at) };
            }
            else
            {
                _sessions[change.TradingDate] = new SessionRow(change.State, change.Mode, at, at);
            }

            _stateChanges.Add(change with { OccurredAt = at });
        }

        LogSessionState(_logger, change.TradingDate, change.State);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SessionState?> ReadSessionStateAsync(DateOnly tradingDate, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_sessions.TryGetValue(tradingDate, out var row) ? row.State : (SessionState?)null);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stream or event type is empty, or the payload is not JSON (the
    /// database's CHECK constraints and jsonb refuse the same).</exception>
    public Task<long> AppendEventAsync(JournalEvent journalEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journalEvent);
        ArgumentException.ThrowIfNullOrEmpty(journalEvent.Stream, nameof(journalEvent));
        ArgumentNullException.ThrowIfNull(journalEvent.Subject, nameof(journalEvent));
        ArgumentException.ThrowIfNullOrEmpty(journalEvent.EventType, nameof(journalEvent));
        ThrowIfNotJson(journalEvent.PayloadJson);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = journalEvent with { OccurredAt = Instant(journalEvent.OccurredAt) };
        long sequence;
        lock (_gate)
        {
            sequence = ++_lastSequence;
            _events.Add(new RecordedJournalEvent(sequence, Instant(_timeProvider.GetUtcNow()), stored));
        }

        LogEventAppended(_logger, sequence, stored.Stream, stored.Subject, stored.EventType);
        return Task.FromResult(sequence);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedJournalEvent>> ReadEventsAsync(
        string stream, string subject, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // Appended in sequence order, so the filtered list is oldest first.
            IReadOnlyList<RecordedJournalEvent> events =
            [
                .. _events.Where(e => string.Equals(e.Event.Stream, stream, StringComparison.Ordinal)
                                      && string.Equals(e.Event.Subject, subject, StringComparison.Ordinal)),
            ];
            return Task.FromResult(events);
        }
    }

    /// <inheritdoc />
    public Task RecordScreeningRunAsync(ScreeningRunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = Normalise(run);
        lock (_gate)
        {
            if (_runs.ContainsKey(run.RunId))
            {
                throw new InvalidOperationException($"Screening run {run.RunId} is already recorded; runs are never changed.");
            }

            if (!_sessions.ContainsKey(run.TradingDate))
            {
                throw new InvalidOperationException(
                    $"Screening run {run.RunId}: the session {run.TradingDate:yyyy-MM-dd} is not in the journal; record its state first.");
            }

            _runs.Add(run.RunId, stored);
        }

        LogRunRecorded(_logger, run.RunId, run.TradingDate, run.Candidates.Length, run.BrokerCalls, run.Duration);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ScreeningRunRecord?> ReadScreeningRunAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_runs.TryGetValue(runId, out var run) ? run : null);
        }
    }

    /// <summary>The session's state changes, oldest first (what journal.session_state_changes holds).</summary>
    public IReadOnlyList<SessionStateChange> SessionStateChanges(DateOnly tradingDate)
    {
        lock (_gate)
        {
            return [.. _stateChanges.Where(c => c.TradingDate == tradingDate)];
        }
    }

    // The orders the PostgreSQL journal reads a run back in (its rows have no other order).
    private static ScreeningRunRecord Normalise(ScreeningRunRecord run) => run with
    {
        StartedAt = Instant(run.StartedAt),
        FinishedAt = Instant(run.FinishedAt),
        Inputs = [.. run.Inputs.OrderBy(i => i.Code, StringComparer.Ordinal)],
        Attempts = [.. run.Attempts.OrderBy(a => a.Step)],
        Candidates = [.. run.Candidates.OrderBy(c => c.Candidate.Rank)],
        Exclusions = [.. run.Exclusions.OrderBy(e => e.Code, StringComparer.Ordinal)],
        Allocation = run.Allocation with { Items = [.. run.Allocation.Items.OrderBy(i => i.Rank)] },
    };

    // timestamptz keeps microseconds and reads back as UTC.
    private static DateTimeOffset Instant(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;

    private static void ThrowIfNotJson(string payloadJson)
    {
        ArgumentNullException.ThrowIfNull(payloadJson);
        try
        {
            using var document = JsonDocument.Parse(payloadJson);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The event payload is not a JSON document.", nameof(payloadJson), e);
        }
    }

    [LoggerMessage(EventId = 1125, Level = LogLevel.Debug, Message = "Journal (memory): session {TradingDate} is {State}")]
    private static partial void LogSessionState(ILogger logger, DateOnly tradingDate, SessionState state);

    [LoggerMessage(EventId = 1126, Level = LogLevel.Debug, Message = "Journal (memory): event {Sequence} {Stream}/{Subject} {EventType}")]
    private static partial void LogEventAppended(ILogger logger, long sequence, string stream, string subject, string eventType);

    [LoggerMessage(EventId = 1127, Level = LogLevel.Information, Message = "Journal (memory): screening run {RunId} of {TradingDate} recorded ({Candidates} candidates, {BrokerCalls} broker calls, {Duration})")]
    private static partial void LogRunRecorded(ILogger logger, Guid runId, DateOnly tradingDate, int candidates, int brokerCalls, TimeSpan duration);

    private sealed record SessionRow(SessionState State, TradingMode Mode, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
}
