using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage;

/// <summary>
/// <see cref="ITradingJournal"/> on PostgreSQL (schema <c>journal</c>, created by <see cref="DatabaseMigrator"/>),
/// in plain Npgsql: every instant is written as UTC, every write of several rows is one transaction.
/// </summary>
public sealed partial class PostgresTradingJournal : ITradingJournal
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresTradingJournal> _logger;

    public PostgresTradingJournal(NpgsqlDataSource dataSource, ILogger<PostgresTradingJournal> logger)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(logger);
        _dataSource = dataSource;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task RecordSessionStateAsync(SessionStateChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        // The CTEs all see the row as it was before the upsert, so `previous` is the state being left. A session
        // never changes mode: the upsert then matches nothing and no change is recorded.
        const string Sql = """
            WITH previous AS (
                SELECT state FROM journal.sessions WHERE trading_date = @date
            ), upsert AS (
                INSERT INTO journal.sessions AS s (trading_date, state, mode, created_at, updated_at)
                VALUES (@date, @state, @mode, @at, @at)
                ON CONFLICT (trading_date) DO UPDATE
                    SET state = EXCLUDED.state, updated_at = GREATEST(s.updated_at, EXCLUDED.updated_at)
                    WHERE s.mode = EXCLUDED.mode
                RETURNING trading_date
            )
            INSERT INTO journal.session_state_changes (trading_date, from_state, to_state, occurred_at, reason)
            SELECT u.trading_date, (SELECT state FROM previous), @state, @at, @reason FROM upsert u
            """;
        await using var command = _dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = change.TradingDate });
        command.Parameters.Add(Text("state", change.State.ToString()));
        command.Parameters.Add(Text("mode", change.Mode.ToString()));
        command.Parameters.Add(Instant("at", change.OccurredAt));
        command.Parameters.Add(Text("reason", change.Reason));
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        if (rows != 1)
        {
            throw new InvalidOperationException(
                $"Session {change.TradingDate:yyyy-MM-dd} exists with another mode than {change.Mode}; a session never changes mode.");
        }

        LogSessionState(_logger, change.TradingDate, change.State);
    }

    /// <inheritdoc />
    public async Task<SessionState?> ReadSessionStateAsync(DateOnly tradingDate, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT state FROM journal.sessions WHERE trading_date = @date");
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = tradingDate });
        var state = await command.ExecuteScalarAsync(cancellationToken);
        return state is string s ? Enum.Parse<SessionState>(s) : null;
    }

    /// <inheritdoc />
    public async Task<long> AppendEventAsync(JournalEvent journalEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journalEvent);
        const string Sql = """
            INSERT INTO journal.events (occurred_at, stream, subject, event_type, trading_date, payload)
            VALUES (@occurred_at, @stream, @subject, @event_type, @trading_date, @payload)
            RETURNING sequence
            """;
        await using var command = _dataSource.CreateCommand(Sql);
        command.Parameters.Add(Instant("occurred_at", journalEvent.OccurredAt));
        command.Parameters.Add(Text("stream", journalEvent.Stream));
        command.Parameters.Add(Text("subject", journalEvent.Subject));
        command.Parameters.Add(Text("event_type", journalEvent.EventType));
        command.Parameters.Add(new NpgsqlParameter("trading_date", NpgsqlDbType.Date)
        {
            Value = journalEvent.TradingDate is { } d ? d : DBNull.Value,
        });
        command.Parameters.Add(new NpgsqlParameter<string>("payload", NpgsqlDbType.Jsonb) { TypedValue = journalEvent.PayloadJson });
        var sequence = (long)(await ServerRestartRetry.RunAsync(_dataSource, () => command.ExecuteScalarAsync(cancellationToken)))!;
        LogEventAppended(_logger, sequence, journalEvent.Stream, journalEvent.Subject, journalEvent.EventType);
        return sequence;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordedJournalEvent>> ReadEventsAsync(
        string stream, string subject, CancellationToken cancellationToken = default)
    {
        const string Sql = """
            SELECT sequence, recorded_at, stream, subject, event_type, occurred_at, trading_date, payload::text
            FROM journal.events
            WHERE stream = @stream AND subject = @subject
            ORDER BY sequence
            """;
        await using var command = _dataSource.CreateCommand(Sql);
        command.Parameters.Add(Text("stream", stream));
        command.Parameters.Add(Text("subject", subject));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<RecordedJournalEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new RecordedJournalEvent(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                new JournalEvent(
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetFieldValue<DateTimeOffset>(5),
                    reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                    reader.GetString(7))));
        }

        return events;
    }

    private static NpgsqlParameter<string> Text(string name, string value) =>
        new(name, NpgsqlDbType.Text) { TypedValue = value };

    // timestamptz takes only UTC offsets in Npgsql; the instant is what counts.
    private static NpgsqlParameter<DateTimeOffset> Instant(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() };

    [LoggerMessage(EventId = 1120, Level = LogLevel.Debug, Message = "Journal: session {TradingDate} is {State}")]
    private static partial void LogSessionState(ILogger logger, DateOnly tradingDate, SessionState state);

    [LoggerMessage(EventId = 1121, Level = LogLevel.Debug, Message = "Journal: event {Sequence} {Stream}/{Subject} {EventType}")]
    private static partial void LogEventAppended(ILogger logger, long sequence, string stream, string subject, string eventType);

    [LoggerMessage(EventId = 1122, Level = LogLevel.Information, Message = "Journal: screening run {RunId} of {TradingDate} recorded ({Candidates} candidates, {BrokerCalls} broker calls, {Duration})")]
    private static partial void LogRunRecorded(ILogger logger, Guid runId, DateOnly tradingDate, int candidates, int brokerCalls, TimeSpan duration);
}
