using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage.Orders;

/// <summary>
/// <see cref="IOrderJournal"/> on PostgreSQL (tables of 0001_initial.sql as widened by 0002_orders.sql). Instants are
/// written as UTC; the order row, a submission and a fill are written once (their unique keys, ON CONFLICT DO NOTHING).
/// </summary>
public sealed class PostgresOrderJournal(NpgsqlDataSource dataSource) : IOrderJournal
{
    public async Task RecordOrderAsync(OrderRecord order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        const string Sql = """
            INSERT INTO journal.orders (order_id, client_order_id, trading_date, account_ref, code, side, purpose,
                                        order_division, quantity, limit_price, reason, created_at)
            VALUES (@id, @client, @date, @account, @code, @side, @purpose, @division, @quantity, @limit, @reason, @at)
            ON CONFLICT (client_order_id) DO NOTHING
            """;
        var intent = order.Intent;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = order.OrderId });
        command.Parameters.Add(Text("client", intent.ClientOrderId));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("date", NpgsqlDbType.Date) { TypedValue = intent.TradingDate });
        command.Parameters.Add(Text("account", intent.AccountKey));
        command.Parameters.Add(Text("code", intent.Symbol));
        command.Parameters.Add(Text("side", intent.Side.ToString()));
        command.Parameters.Add(Text("purpose", intent.Purpose.ToString()));
        command.Parameters.Add(Text("division", intent.Kind.ToString()));
        command.Parameters.Add(new NpgsqlParameter<long>("quantity", NpgsqlDbType.Bigint) { TypedValue = intent.Quantity });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Numeric) { Value = (object?)intent.LimitPrice ?? DBNull.Value });
        command.Parameters.Add(Text("reason", intent.Reason));
        command.Parameters.Add(Instant("at", order.CreatedAt));
        await ServerRestartRetry.RunAsync(dataSource, () => command.ExecuteNonQueryAsync(cancellationToken));
    }

    public async Task RecordSubmissionAsync(OrderSubmissionRecord submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        const string Sql = """
            INSERT INTO journal.order_submissions (order_id, attempt, submitted_at, outcome, broker_order_no, broker_org_no, message_code, message)
            VALUES (@id, @attempt, @at, @outcome, @odno, @orgno, @code, @message)
            ON CONFLICT (order_id, attempt) DO NOTHING
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = submission.OrderId });
        command.Parameters.Add(new NpgsqlParameter<int>("attempt", NpgsqlDbType.Integer) { TypedValue = submission.Attempt });
        command.Parameters.Add(Instant("at", submission.SubmittedAt));
        command.Parameters.Add(Text("outcome", submission.Outcome));
        command.Parameters.Add(Nullable("odno", submission.BrokerOrderNo));
        command.Parameters.Add(Nullable("orgno", submission.BrokerOrgNo));
        command.Parameters.Add(Nullable("code", submission.MessageCode));
        command.Parameters.Add(Text("message", submission.Message));
        await ServerRestartRetry.RunAsync(dataSource, () => command.ExecuteNonQueryAsync(cancellationToken));
    }

    public async Task RecordStateChangeAsync(OrderStateChangeRecord change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        const string Sql = "INSERT INTO journal.order_state_changes (order_id, occurred_at, state, note) VALUES (@id, @at, @state, @note)";
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = change.OrderId });
        command.Parameters.Add(Instant("at", change.OccurredAt));
        command.Parameters.Add(Text("state", change.State.ToString()));
        command.Parameters.Add(Text("note", change.Note));
        await ServerRestartRetry.RunAsync(dataSource, () => command.ExecuteNonQueryAsync(cancellationToken));
    }

    public async Task RecordFillAsync(OrderFillRecord fill, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fill);
        const string Sql = """
            INSERT INTO journal.fills (order_id, broker_order_no, broker_fill_key, filled_at, quantity, price)
            VALUES (@id, @odno, @key, @at, @quantity, @price)
            ON CONFLICT (order_id, broker_fill_key) DO NOTHING
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = fill.OrderId });
        command.Parameters.Add(Text("odno", fill.BrokerOrderNo));
        command.Parameters.Add(Text("key", fill.FillKey));
        command.Parameters.Add(Instant("at", fill.FilledAt));
        command.Parameters.Add(new NpgsqlParameter<long>("quantity", NpgsqlDbType.Bigint) { TypedValue = fill.Quantity });
        command.Parameters.Add(new NpgsqlParameter<decimal>("price", NpgsqlDbType.Numeric) { TypedValue = fill.Price });
        await ServerRestartRetry.RunAsync(dataSource, () => command.ExecuteNonQueryAsync(cancellationToken));
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static NpgsqlParameter Nullable(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter<DateTimeOffset> Instant(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() };
}
