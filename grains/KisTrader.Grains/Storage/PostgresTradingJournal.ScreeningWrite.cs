using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Grains.Storage;

public sealed partial class PostgresTradingJournal
{
    /// <inheritdoc />
    public async Task RecordScreeningRunAsync(ScreeningRunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await InsertRunAsync(connection, run, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new InvalidOperationException($"Screening run {run.RunId} is already recorded; runs are never changed.", e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new InvalidOperationException(
                $"Screening run {run.RunId}: the session {run.TradingDate:yyyy-MM-dd} is not in the journal; record its state first.", e);
        }

        // Binary COPY: a full-market run has thousands of input and exclusion rows.
        await CopyInputsAsync(connection, run, cancellationToken);
        await CopyAttemptsAsync(connection, run, cancellationToken);
        await CopyCandidatesAsync(connection, run, cancellationToken);
        await CopyExclusionsAsync(connection, run, cancellationToken);
        await CopyAllocationsAsync(connection, run, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRunRecorded(_logger, run.RunId, run.TradingDate, run.Candidates.Length, run.BrokerCalls, run.Duration);
    }

    private static async Task InsertRunAsync(NpgsqlConnection connection, ScreeningRunRecord run, CancellationToken cancellationToken)
    {
        const string Sql = """
            INSERT INTO journal.screening_runs (
                run_id, trading_date, kind, trigger, started_at, finished_at, broker_calls, universe_count,
                final_level, researched_from, late_session_cutoff, passers_at_final_level,
                allocation_mode, session_budget, orderable_cash, spendable, capped_by_cash, fell_back_to_equal, unallocated)
            VALUES (
                @run_id, @trading_date, @kind, @trigger, @started_at, @finished_at, @broker_calls, @universe_count,
                @final_level, @researched_from, @late_session_cutoff, @passers,
                @allocation_mode, @session_budget, @orderable_cash, @spendable, @capped_by_cash, @fell_back_to_equal, @unallocated)
            """;
        var a = run.Allocation;
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("run_id", NpgsqlDbType.Uuid) { TypedValue = run.RunId });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("trading_date", NpgsqlDbType.Date) { TypedValue = run.TradingDate });
        command.Parameters.Add(Text("kind", run.Kind.ToString()));
        command.Parameters.Add(Text("trigger", run.Trigger.ToString()));
        command.Parameters.Add(Instant("started_at", run.StartedAt));
        command.Parameters.Add(Instant("finished_at", run.FinishedAt));
        command.Parameters.Add(new NpgsqlParameter<int>("broker_calls", NpgsqlDbType.Integer) { TypedValue = run.BrokerCalls });
        command.Parameters.Add(new NpgsqlParameter<int>("universe_count", NpgsqlDbType.Integer) { TypedValue = run.UniverseCount });
        command.Parameters.Add(Text("final_level", run.FinalLevel.ToString()));
        command.Parameters.Add(new NpgsqlParameter("researched_from", NpgsqlDbType.Text)
        {
            Value = run.ResearchedFrom is { } r ? r.ToString() : DBNull.Value,
        });
        command.Parameters.Add(new NpgsqlParameter<TimeOnly>("late_session_cutoff", NpgsqlDbType.Time) { TypedValue = run.LateSessionCutoff });
        command.Parameters.Add(new NpgsqlParameter<int>("passers", NpgsqlDbType.Integer) { TypedValue = run.PassersAtFinalLevel });
        command.Parameters.Add(Text("allocation_mode", a.Mode.ToString()));
        command.Parameters.Add(Money("session_budget", a.SessionBudget));
        command.Parameters.Add(Money("orderable_cash", a.OrderableCash));
        command.Parameters.Add(Money("spendable", a.Spendable));
        command.Parameters.Add(new NpgsqlParameter<bool>("capped_by_cash", NpgsqlDbType.Boolean) { TypedValue = a.CappedByCash });
        command.Parameters.Add(new NpgsqlParameter<bool>("fell_back_to_equal", NpgsqlDbType.Boolean) { TypedValue = a.FellBackToEqual });
        command.Parameters.Add(Money("unallocated", a.Unallocated));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CopyInputsAsync(NpgsqlConnection connection, ScreeningRunRecord run, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY journal.screening_inputs (run_id, code, name, market, flags, market_cap, previous_close, close,
                day_volume, day_trading_value, index_day_return, previous_volume_days, minute_bar_count,
                buy_initiated_volume, sell_initiated_volume, broker_execution_strength, vwap) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var i in run.Inputs)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(run.RunId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(i.Code, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(i.Name, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(i.Market.ToString(), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(i.Flags.ToString(), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(i.MarketCap, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(i.PreviousClose, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(i.Close, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(i.DayVolume, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(i.DayTradingValue, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(i.IndexDayReturn, NpgsqlDbType.Numeric, cancellationToken);
            await WriteNullableAsync(copy, i.PreviousVolumeDays, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(copy, i.MinuteBarCount, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(copy, i.BuyInitiatedVolume, NpgsqlDbType.Bigint, cancellationToken);
            await WriteNullableAsync(copy, i.SellInitiatedVolume, NpgsqlDbType.Bigint, cancellationToken);
            await WriteNullableAsync(copy, i.BrokerExecutionStrength, NpgsqlDbType.Numeric, cancellationToken);
            await WriteNullableAsync(copy, i.Vwap, NpgsqlDbType.Numeric, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyAttemptsAsync(NpgsqlConnection connection, ScreeningRunRecord run, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY journal.screening_attempts (run_id, step, level, threshold_c1, threshold_c2, threshold_c3, threshold_c4,
                threshold_c5, threshold_c6, evaluated, passed, passed_by_condition, verdict, kept) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var a in run.Attempts)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(run.RunId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(a.Step, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(a.Level.ToString(), NpgsqlDbType.Text, cancellationToken);
            await WriteVectorAsync(copy, a.Thresholds, cancellationToken);
            await copy.WriteAsync(a.Evaluated, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(a.Passed, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(a.PassedByCondition.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(a.Verdict.ToString(), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(a.Kept, NpgsqlDbType.Boolean, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyCandidatesAsync(NpgsqlConnection connection, ScreeningRunRecord run, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY journal.screening_candidates (run_id, rank, code, name, market, role, close, previous_close,
                day_trading_value, score, value_c1, value_c2, value_c3, value_c4, value_c5, value_c6,
                sub_score_c1, sub_score_c2, sub_score_c3, sub_score_c4, sub_score_c5, sub_score_c6,
                level, strictest_level) FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var (c, role) in run.Candidates)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(run.RunId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(c.Rank, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(c.Code, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(c.Name, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(c.Market.ToString(), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(role.ToString(), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(c.Close, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(c.PreviousClose, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(c.DayTradingValue, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(c.Score, NpgsqlDbType.Numeric, cancellationToken);
            await WriteVectorAsync(copy, c.Values, cancellationToken);
            await WriteVectorAsync(copy, c.SubScores, cancellationToken);
            await copy.WriteAsync(c.Level.ToString(), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(c.StrictestLevel.ToString(), NpgsqlDbType.Text, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyExclusionsAsync(NpgsqlConnection connection, ScreeningRunRecord run, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY journal.screening_exclusions (run_id, code, name, ordinal, reason, detail) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var e in run.Exclusions)
        {
            for (var n = 0; n < e.Reasons.Length; n++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(run.RunId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(e.Code, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Name, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(n + 1, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(e.Reasons[n].Reason.ToString(), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Reasons[n].Text, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyAllocationsAsync(NpgsqlConnection connection, ScreeningRunRecord run, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY journal.screening_allocations (run_id, code, rank, score, amount, quantity_at_close) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var item in run.Allocation.Items)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(run.RunId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(item.Code, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(item.Rank, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(item.Score, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(item.Amount, NpgsqlDbType.Numeric, cancellationToken);
            await copy.WriteAsync(item.QuantityAtClose, NpgsqlDbType.Bigint, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task WriteVectorAsync(
        NpgsqlBinaryImporter copy, Trading.Screening.Conditions.ConditionVector vector, CancellationToken cancellationToken)
    {
        await copy.WriteAsync(vector.VolumeMultiple, NpgsqlDbType.Numeric, cancellationToken);
        await copy.WriteAsync(vector.LateSessionReturn, NpgsqlDbType.Numeric, cancellationToken);
        await copy.WriteAsync(vector.LateVolumeShare, NpgsqlDbType.Numeric, cancellationToken);
        await copy.WriteAsync(vector.ExecutionStrength, NpgsqlDbType.Numeric, cancellationToken);
        await copy.WriteAsync(vector.RelativeReturn, NpgsqlDbType.Numeric, cancellationToken);
        await copy.WriteAsync(vector.CloseToVwap, NpgsqlDbType.Numeric, cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(
        NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } v)
        {
            await copy.WriteAsync(v, type, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }

    private static NpgsqlParameter<decimal> Money(string name, decimal value) =>
        new(name, NpgsqlDbType.Numeric) { TypedValue = value };
}
