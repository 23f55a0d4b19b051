using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using Npgsql;

namespace KisTrader.Web.Relay;

/// <summary>The journal's events (<c>journal.events</c>): every event any silo published, by sequence.</summary>
internal sealed class PostgresEventHistory(NpgsqlDataSource dataSource) : IEventHistory
{
    private static readonly Dictionary<string, TradingEventCategory> Categories =
        Enum.GetValues<TradingEventCategory>().ToDictionary(TradingEventPublisher.JournalStream, StringComparer.Ordinal);

    public async Task<EventPage> ReadAfterAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT sequence, stream, subject, event_type, occurred_at, trading_date, payload::text
            FROM journal.events WHERE sequence > $1 ORDER BY sequence LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        command.Parameters.Add(new NpgsqlParameter { Value = limit + 1 });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<EventMessage>();
        var more = false;
        var lastRead = after;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (events.Count == limit)
            {
                more = true;
                break;
            }

            lastRead = reader.GetInt64(0);
            var stream = reader.GetString(1);
            if (!Categories.TryGetValue(stream, out var category))
            {
                continue;
            }

            events.Add(EventMessages.FromJournal(
                reader.GetInt64(0), category, reader.GetString(2), reader.GetString(3),
                KisTrader.Trading.Time.KrxTime.ToKst(reader.GetFieldValue<DateTimeOffset>(4)),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.GetString(6)));
        }

        return new EventPage(after, lastRead, more, false, "journal (journal.events)", events);
    }
}
