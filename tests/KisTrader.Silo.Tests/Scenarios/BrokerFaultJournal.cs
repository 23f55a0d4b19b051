using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using Npgsql;
using static KisTrader.Silo.Tests.Scenarios.ScenarioRunReader;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// What the journal of one multi-process broker-fault run (<see cref="BrokerFaultRun"/>) holds, read with plain SQL from
/// its PostgreSQL database: the orders as decided, the fills counted, the states entered and the conversions to market
/// (the positions' <see cref="PositionChanged"/> events, as the one-process run printed them).
/// </summary>
internal static class BrokerFaultJournal
{
    /// <summary>Every order as decided (its journaled intent, before any conversion to market), by client order id.</summary>
    public static async Task<Order[]> OrdersAsync(string connectionString) =>
        [.. (await QueryAsync(
            connectionString,
            "SELECT client_order_id, side, order_division, quantity, limit_price, reason FROM journal.orders",
            r => new Order(r.GetString(0), Enum.Parse<OrderSide>(r.GetString(1)), Enum.Parse<OrderKind>(r.GetString(2)), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetDecimal(4), r.GetString(5))))
            .OrderBy(o => o.Id, StringComparer.Ordinal)];

    /// <summary>Every fill the journal counted (once each): client order id, quantity, price; by order, then execution time.</summary>
    public static async Task<Executed[]> FillsAsync(string connectionString) =>
        [.. await QueryAsync(
            connectionString,
            "SELECT o.client_order_id, f.quantity, f.price FROM journal.fills f JOIN journal.orders o ON o.order_id = f.order_id ORDER BY o.client_order_id COLLATE \"C\", f.filled_at, f.fill_id",
            r => new Executed(r.GetString(0), r.GetInt64(1), r.GetDecimal(2)))];

    /// <summary>How many times an order entered <paramref name="state"/> (order_state_changes).</summary>
    public static async Task<int> StateEnteredAsync(string connectionString, string state) =>
        (await QueryAsync(connectionString, $"SELECT count(*) FROM journal.order_state_changes WHERE state = '{state}'", r => r.GetInt64(0))).Single() is var n ? (int)n : 0;

    /// <summary>
    /// Sells in flight (<paramref name="until"/>): journaled, not filled to their quantity, not ended (last state neither
    /// Cancelled, Expired, Rejected nor Failed), and — <see cref="SellsInFlight.UntilAtTheBroker"/>: not at the broker yet
    /// (last state not Accepted or PartiallyFilled); <see cref="SellsInFlight.UntilConverted"/>: not at the broker yet, or
    /// not converted to market (no ConvertedToMarket state change).
    /// </summary>
    public static async Task<int> SellsInFlightAsync(string connectionString, SellsInFlight until) =>
        (int)(await QueryAsync(
            connectionString,
            $"""
            SELECT count(*) FROM journal.orders o
            CROSS JOIN LATERAL (SELECT coalesce((SELECT c.state FROM journal.order_state_changes c WHERE c.order_id = o.order_id ORDER BY c.change_id DESC LIMIT 1), '') AS state) l
            WHERE o.side = 'Sell'
              AND coalesce((SELECT sum(f.quantity) FROM journal.fills f WHERE f.order_id = o.order_id), 0) < o.quantity
              AND l.state NOT IN ('Cancelled', 'Expired', 'Rejected', 'Failed')
              AND (l.state NOT IN ('Accepted', 'PartiallyFilled')
                   OR ({(int)until} = 2 AND NOT EXISTS (SELECT 1 FROM journal.order_state_changes c WHERE c.order_id = o.order_id AND c.note LIKE 'ConvertedToMarket%')))
            """,
            r => r.GetInt64(0))).Single();

    /// <summary>The positions' conversions to market (code, exit reason, client order id, why), in journal order.</summary>
    public static async Task<(string Code, string Reason, string Order, string Why)[]> ConversionsAsync(string connectionString)
    {
        var payloads = await QueryAsync(connectionString, "SELECT payload::text FROM journal.events WHERE event_type = 'PositionChanged' ORDER BY sequence", r => r.GetString(0));
        return [.. payloads
            .Select(p => (PositionChanged)JsonSerializer.Deserialize<TradingEventPayload>(p, TradingEventPublisher.PayloadJson)!)
            .Where(p => p.Change == PositionChange.ExitConverted)
            .Select(p => (p.Symbol, p.ExitReason?.ToString() ?? string.Empty, p.ClientOrderId ?? string.Empty, p.Reason ?? string.Empty))];
    }

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
#pragma warning disable CA2100 // constant SQL; the state name is the test's own constant
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

/// <summary>What keeps a sell "in flight" for <see cref="BrokerFaultJournal.SellsInFlightAsync"/>.</summary>
internal enum SellsInFlight
{
    UntilAtTheBroker = 1,
    UntilConverted = 2,
}
