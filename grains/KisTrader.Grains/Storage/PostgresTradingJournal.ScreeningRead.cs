using System.Collections.Immutable;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Screening.Universe;
using Npgsql;
using NpgsqlTypes;
using MarketKind = KisTrader.Trading.Market.Market;

namespace KisTrader.Grains.Storage;

public sealed partial class PostgresTradingJournal
{
    /// <inheritdoc />
    public async Task<ScreeningRunRecord?> ReadScreeningRunAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Query("""
                    SELECT trading_date, kind, trigger, started_at, finished_at, broker_calls, universe_count, final_level,
                           researched_from, late_session_cutoff, passers_at_final_level, allocation_mode, session_budget,
                           orderable_cash, spendable, capped_by_cash, fell_back_to_equal, unallocated
                    FROM journal.screening_runs WHERE run_id = @run_id
                    """, runId),
                Query("""
                    SELECT code, name, market, flags, market_cap, previous_close, close, day_volume, day_trading_value,
                           index_day_return, previous_volume_days, minute_bar_count, buy_initiated_volume,
                           sell_initiated_volume, broker_execution_strength, vwap
                    FROM journal.screening_inputs WHERE run_id = @run_id ORDER BY code COLLATE "C"
                    """, runId),
                Query("""
                    SELECT step, level, threshold_c1, threshold_c2, threshold_c3, threshold_c4, threshold_c5, threshold_c6,
                           evaluated, passed, passed_by_condition, verdict, kept
                    FROM journal.screening_attempts WHERE run_id = @run_id ORDER BY step
                    """, runId),
                Query("""
                    SELECT rank, code, name, market, role, close, previous_close, day_trading_value, score,
                           value_c1, value_c2, value_c3, value_c4, value_c5, value_c6,
                           sub_score_c1, sub_score_c2, sub_score_c3, sub_score_c4, sub_score_c5, sub_score_c6,
                           level, strictest_level
                    FROM journal.screening_candidates WHERE run_id = @run_id ORDER BY rank
                    """, runId),
                Query("""
                    SELECT code, name, reason, detail
                    FROM journal.screening_exclusions WHERE run_id = @run_id ORDER BY code COLLATE "C", ordinal
                    """, runId),
                Query("""
                    SELECT code, rank, score, amount, quantity_at_close
                    FROM journal.screening_allocations WHERE run_id = @run_id ORDER BY rank
                    """, runId),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var header = reader;
        var tradingDate = header.GetFieldValue<DateOnly>(0);
        var kind = Enum.Parse<ScreeningKind>(header.GetString(1));
        var trigger = Enum.Parse<ScreeningTrigger>(header.GetString(2));
        var startedAt = header.GetFieldValue<DateTimeOffset>(3);
        var finishedAt = header.GetFieldValue<DateTimeOffset>(4);
        var brokerCalls = header.GetInt32(5);
        var universeCount = header.GetInt32(6);
        var finalLevel = Enum.Parse<ScreeningLevel>(header.GetString(7));
        ScreeningLevel? researchedFrom = header.IsDBNull(8) ? null : Enum.Parse<ScreeningLevel>(header.GetString(8));
        var cutoff = header.GetFieldValue<TimeOnly>(9);
        var passers = header.GetInt32(10);
        var mode = Enum.Parse<AllocationMode>(header.GetString(11));
        var (budget, cash, spendable) = (header.GetDecimal(12), header.GetDecimal(13), header.GetDecimal(14));
        var (capped, fellBack, unallocated) = (header.GetBoolean(15), header.GetBoolean(16), header.GetDecimal(17));

        await reader.NextResultAsync(cancellationToken);
        var inputs = await ReadAllAsync(reader, ReadInput, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var attempts = await ReadAllAsync(reader, ReadAttempt, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var candidates = await ReadAllAsync(reader, ReadCandidate, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var exclusionRows = await ReadAllAsync(
            reader, r => (Code: r.GetString(0), Name: r.GetString(1), Detail: new ExclusionDetail(Enum.Parse<ExclusionReason>(r.GetString(2)), r.GetString(3))),
            cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var allocations = await ReadAllAsync(
            reader, r => new SymbolAllocation(r.GetString(0), r.GetInt32(1), r.GetDecimal(2), r.GetDecimal(3), r.GetInt64(4)),
            cancellationToken);

        return new ScreeningRunRecord
        {
            RunId = runId,
            TradingDate = tradingDate,
            Kind = kind,
            Trigger = trigger,
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            BrokerCalls = brokerCalls,
            UniverseCount = universeCount,
            FinalLevel = finalLevel,
            ResearchedFrom = researchedFrom,
            LateSessionCutoff = cutoff,
            PassersAtFinalLevel = passers,
            Inputs = inputs,
            Attempts = attempts,
            Candidates = candidates,
            // Rows are ordered by code then ordinal, so grouping keeps both orders.
            Exclusions = [.. exclusionRows
                .GroupBy(e => e.Code, StringComparer.Ordinal)
                .Select(g => new Exclusion(g.Key, g.First().Name, [.. g.Select(e => e.Detail)]))],
            Allocation = new Allocation(mode, budget, cash, spendable, capped, fellBack, allocations, unallocated),
        };
    }

    private static NpgsqlBatchCommand Query(string sql, Guid runId) => new(sql)
    {
        Parameters = { new NpgsqlParameter<Guid>("run_id", NpgsqlDbType.Uuid) { TypedValue = runId } },
    };

    private static async Task<ImmutableArray<T>> ReadAllAsync<T>(
        NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = ImmutableArray.CreateBuilder<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows.ToImmutable();
    }

    private static ScreeningInputRecord ReadInput(NpgsqlDataReader r) => new()
    {
        Code = r.GetString(0),
        Name = r.GetString(1),
        Market = Enum.Parse<MarketKind>(r.GetString(2)),
        Flags = Enum.Parse<ListingFlags>(r.GetString(3)),
        MarketCap = r.GetDecimal(4),
        PreviousClose = r.GetDecimal(5),
        Close = r.GetDecimal(6),
        DayVolume = r.GetInt64(7),
        DayTradingValue = r.GetDecimal(8),
        IndexDayReturn = r.GetDecimal(9),
        PreviousVolumeDays = r.IsDBNull(10) ? null : r.GetInt32(10),
        MinuteBarCount = r.IsDBNull(11) ? null : r.GetInt32(11),
        BuyInitiatedVolume = r.IsDBNull(12) ? null : r.GetInt64(12),
        SellInitiatedVolume = r.IsDBNull(13) ? null : r.GetInt64(13),
        BrokerExecutionStrength = r.IsDBNull(14) ? null : r.GetDecimal(14),
        Vwap = r.IsDBNull(15) ? null : r.GetDecimal(15),
    };

    private static AdjustmentAttempt ReadAttempt(NpgsqlDataReader r) => new(
        r.GetInt32(0),
        Enum.Parse<ScreeningLevel>(r.GetString(1)),
        Vector(r, 2),
        r.GetInt32(8),
        r.GetInt32(9),
        [.. r.GetFieldValue<int[]>(10)],
        Enum.Parse<AttemptVerdict>(r.GetString(11)),
        r.GetBoolean(12));

    private static JournalCandidate ReadCandidate(NpgsqlDataReader r) => new(
        new Candidate
        {
            Rank = r.GetInt32(0),
            Code = r.GetString(1),
            Name = r.GetString(2),
            Market = Enum.Parse<MarketKind>(r.GetString(3)),
            Close = r.GetDecimal(5),
            PreviousClose = r.GetDecimal(6),
            DayTradingValue = r.GetDecimal(7),
            Score = r.GetDecimal(8),
            Values = Vector(r, 9),
            SubScores = Vector(r, 15),
            Level = Enum.Parse<ScreeningLevel>(r.GetString(21)),
            StrictestLevel = Enum.Parse<ScreeningLevel>(r.GetString(22)),
        },
        Enum.Parse<CandidateRole>(r.GetString(4)));

    private static ConditionVector Vector(NpgsqlDataReader r, int first) => new(
        r.GetDecimal(first),
        r.GetDecimal(first + 1),
        r.GetDecimal(first + 2),
        r.GetDecimal(first + 3),
        r.GetDecimal(first + 4),
        r.GetDecimal(first + 5));
}
