using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Survival;
using Npgsql;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>What the journal of the database-restart run holds, read with plain SQL.</summary>
internal static class DatabaseRestartJournal
{
    /// <summary>
    /// (KST date sent, broker order number) → (journal order id, side, shares the journal's fills count) of every order the
    /// broker took (its numbers restart every day).
    /// </summary>
    public static async Task<Dictionary<(DateOnly Date, string OrderNo), (Guid OrderId, string Side, long Filled)>> SubmittedAsync(string connectionString)
    {
        const string Sql = """
            SELECT (s.submitted_at AT TIME ZONE 'Asia/Seoul')::date, s.broker_order_no, o.order_id, o.side,
                   coalesce((SELECT sum(f.quantity) FROM journal.fills f WHERE f.order_id = o.order_id AND f.broker_order_no = s.broker_order_no), 0)
            FROM journal.order_submissions s JOIN journal.orders o ON o.order_id = s.order_id
            WHERE s.broker_order_no IS NOT NULL
            """;
        var rows = new Dictionary<(DateOnly, string), (Guid, string, long)>();
        await foreach (var r in QueryAsync(connectionString, Sql))
        {
            rows[(r.GetFieldValue<DateOnly>(0), r.GetString(1))] = (r.GetGuid(2), r.GetString(3), r.GetInt64(4));
        }

        return rows;
    }

    /// <summary>Every journaled position: code → (state, shares).</summary>
    public static async Task<Dictionary<string, (string State, long Quantity)>> PositionsAsync(string connectionString, DateOnly day)
    {
        var rows = new Dictionary<string, (string, long)>(StringComparer.Ordinal);
        await foreach (var r in QueryAsync(connectionString, $"SELECT code, state, quantity FROM journal.positions WHERE trading_date = '{day:yyyy-MM-dd}'"))
        {
            rows[r.GetString(0)] = (r.GetString(1), r.GetInt64(2));
        }

        return rows;
    }

    /// <summary>The journaled <see cref="SessionClosed"/> event of a session, or null before it closed.</summary>
    public static async Task<SessionClosed?> SessionClosedAsync(string connectionString, DateOnly day)
    {
        await foreach (var r in QueryAsync(connectionString, $"SELECT payload::text FROM journal.events WHERE event_type = 'SessionClosed' AND trading_date = '{day:yyyy-MM-dd}' ORDER BY sequence"))
        {
            return (SessionClosed?)JsonSerializer.Deserialize<TradingEventPayload>(r.GetString(0), TradingEventPublisher.PayloadJson);
        }

        return null;
    }

    /// <summary>
    /// Waits for the journaled <see cref="SessionClosed"/> event of <paramref name="day"/> (read every 500 ms); a
    /// <see cref="TimeoutException"/> with the cluster's log tails after <paramref name="patience"/> of the run's time.
    /// </summary>
    public static async Task<SessionClosed> WaitForSessionClosedAsync(SurvivalCluster cluster, string connectionString, DateOnly day, TimeSpan patience, CancellationToken ct)
    {
        var deadline = cluster.Run.Elapsed + patience;
        while (true)
        {
            if (await SessionClosedAsync(connectionString, day) is { } closed)
            {
                return closed;
            }

            if (cluster.Run.Elapsed > deadline)
            {
                throw new TimeoutException($"no SessionClosed for {day:yyyy-MM-dd} in journal.events within {patience.TotalSeconds:0} s\n{cluster.Tails()}");
            }

            await Task.Delay(500, ct);
        }
    }

    /// <summary>Every row of every table of the journal and Orleans schemas as text, by table.</summary>
    public static async Task<Dictionary<string, List<string>>> DumpAsync(string connectionString)
    {
        var tables = new List<string>();
        await foreach (var r in QueryAsync(connectionString, "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))
        {
            tables.Add(r.GetString(0));
        }

        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = new List<string>();
            // Each row as text (bytea payloads as hex: the sweep also looks for the secrets' hex).
            await foreach (var r in QueryAsync(connectionString, $"SELECT t::text FROM {table} t"))
            {
                rows.Add(r.GetString(0));
            }

            dump[table] = rows;
        }

        return dump;
    }

    private static async IAsyncEnumerable<NpgsqlDataReader> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
#pragma warning disable CA2100 // table names from the catalog (format %I), dates formatted by the test
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            yield return reader;
        }
    }
}
