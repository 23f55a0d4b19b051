using System.Collections.Immutable;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage;

/// <summary>The SQL rows of <see cref="PostgresTradeJournal"/>: inserts and the reader of the two-result query.</summary>
internal static class TradeResultRows
{
    public static NpgsqlCommand InsertHeader(NpgsqlConnection connection, NpgsqlTransaction transaction, TradeResultRecord t)
    {
        const string Sql = """
            INSERT INTO journal.trade_results (position_key, entry_date, exit_date, code, account_ref, day1_close, day2_open,
                entry_checkpoint, rank, score, buy_commission, sell_commission, sell_tax, net_pnl, net_return, opened_at, closed_at)
            VALUES (@key, @entry_date, @exit_date, @code, @account_ref, @day1_close, @day2_open, @checkpoint, @rank, @score,
                @buy_commission, @sell_commission, @sell_tax, @net_pnl, @net_return, @opened_at, @closed_at)
            ON CONFLICT (position_key) DO NOTHING
            """;
        var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(Text("key", t.PositionKey));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("entry_date", NpgsqlDbType.Date) { TypedValue = t.EntryDate });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("exit_date", NpgsqlDbType.Date) { TypedValue = t.ExitDate });
        command.Parameters.Add(Text("code", t.Symbol));
        command.Parameters.Add(Text("account_ref", t.AccountRef));
        command.Parameters.Add(Number("day1_close", t.Day1Close));
        command.Parameters.Add(new NpgsqlParameter("day2_open", NpgsqlDbType.Numeric) { Value = t.Day2Open is { } o ? o : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<TimeOnly>("checkpoint", NpgsqlDbType.Time) { TypedValue = t.EntryCheckpoint });
        command.Parameters.Add(new NpgsqlParameter<int>("rank", NpgsqlDbType.Integer) { TypedValue = t.Rank });
        command.Parameters.Add(Number("score", t.Score));
        command.Parameters.Add(Number("buy_commission", t.BuyCommission));
        command.Parameters.Add(Number("sell_commission", t.SellCommission));
        command.Parameters.Add(Number("sell_tax", t.SellTax));
        command.Parameters.Add(Number("net_pnl", t.NetPnL));
        command.Parameters.Add(Number("net_return", t.NetReturn));
        command.Parameters.Add(Instant("opened_at", t.OpenedAt));
        command.Parameters.Add(Instant("closed_at", t.ClosedAt));
        return command;
    }

    public static NpgsqlBatchCommand InsertFill(string positionKey, int ordinal, TradeFillRecord f)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO journal.trade_result_fills (position_key, ordinal, client_order_id, fill_key, side, quantity, price, filled_at, exit_reason)
            VALUES (@key, @ordinal, @order_id, @fill_key, @side, @quantity, @price, @at, @reason)
            """);
        command.Parameters.Add(Text("key", positionKey));
        command.Parameters.Add(new NpgsqlParameter<int>("ordinal", NpgsqlDbType.Integer) { TypedValue = ordinal });
        command.Parameters.Add(Text("order_id", f.ClientOrderId));
        command.Parameters.Add(Text("fill_key", f.FillKey));
        command.Parameters.Add(Text("side", f.Side.ToString()));
        command.Parameters.Add(new NpgsqlParameter<long>("quantity", NpgsqlDbType.Bigint) { TypedValue = f.Quantity });
        command.Parameters.Add(Number("price", f.Price));
        command.Parameters.Add(Instant("at", f.At));
        command.Parameters.Add(new NpgsqlParameter("reason", NpgsqlDbType.Text) { Value = f.ExitReason?.ToString() ?? (object)DBNull.Value });
        return command;
    }

    /// <summary>Reads the headers (first result) and their fills (second result, by key and ordinal).</summary>
    public static async Task<IReadOnlyList<TradeResultRecord>> ReadAsync(NpgsqlDataReader r, CancellationToken cancellationToken)
    {
        var headers = new List<TradeResultRecord>();
        while (await r.ReadAsync(cancellationToken))
        {
            headers.Add(new TradeResultRecord
            {
                PositionKey = r.GetString(0),
                EntryDate = r.GetFieldValue<DateOnly>(1),
                ExitDate = r.GetFieldValue<DateOnly>(2),
                Symbol = r.GetString(3),
                AccountRef = r.GetString(4),
                Day1Close = r.GetDecimal(5),
                Day2Open = r.IsDBNull(6) ? null : r.GetDecimal(6),
                EntryCheckpoint = r.GetFieldValue<TimeOnly>(7),
                Rank = r.GetInt32(8),
                Score = r.GetDecimal(9),
                BuyCommission = r.GetDecimal(10),
                SellCommission = r.GetDecimal(11),
                SellTax = r.GetDecimal(12),
                NetPnL = r.GetDecimal(13),
                NetReturn = r.GetDecimal(14),
                OpenedAt = r.GetFieldValue<DateTimeOffset>(15),
                ClosedAt = r.GetFieldValue<DateTimeOffset>(16),
                Fills = [],
            });
        }

        await r.NextResultAsync(cancellationToken);
        var fills = new Dictionary<string, ImmutableArray<TradeFillRecord>.Builder>(StringComparer.Ordinal);
        while (await r.ReadAsync(cancellationToken))
        {
            var key = r.GetString(0);
            if (!fills.TryGetValue(key, out var list))
            {
                fills[key] = list = ImmutableArray.CreateBuilder<TradeFillRecord>();
            }

            list.Add(new TradeFillRecord(
                r.GetString(1),
                r.GetString(2),
                Enum.Parse<OrderSide>(r.GetString(3)),
                r.GetInt64(4),
                r.GetDecimal(5),
                r.GetFieldValue<DateTimeOffset>(6),
                r.IsDBNull(7) ? null : Enum.Parse<ExitReason>(r.GetString(7))));
        }

        return [.. headers.Select(h => h with { Fills = fills.TryGetValue(h.PositionKey, out var l) ? l.ToImmutable() : [] })];
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static NpgsqlParameter<decimal> Number(string name, decimal value) => new(name, NpgsqlDbType.Numeric) { TypedValue = value };

    // timestamptz takes only UTC offsets in Npgsql; the instant is what counts.
    private static NpgsqlParameter<DateTimeOffset> Instant(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() };
}
