using System.Collections.Immutable;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Grains.Storage;

/// <summary>
/// One screening run as the journal keeps it (architecture.md §3): the header (when, how long, broker calls spent,
/// the kept level), the inputs per symbol, every adjustment attempt, the ranked candidates with their six values and
/// sub-scores, the exclusions with reasons, and the selection with its allocation. Written once, never changed.
/// </summary>
public sealed record ScreeningRunRecord
{
    public required Guid RunId { get; init; }

    /// <summary>The session (KST trading date) the run belongs to; its session row must exist.</summary>
    public required DateOnly TradingDate { get; init; }

    public required ScreeningKind Kind { get; init; }

    public required ScreeningTrigger Trigger { get; init; }

    /// <summary>When the run started (stored as a UTC instant, microsecond precision).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the ranked list was ready.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>Broker (KIS REST) calls the run spent.</summary>
    public required int BrokerCalls { get; init; }

    /// <summary>Listings in the day's universe.</summary>
    public required int UniverseCount { get; init; }

    public required ScreeningLevel FinalLevel { get; init; }

    public ScreeningLevel? ResearchedFrom { get; init; }

    public required TimeOnly LateSessionCutoff { get; init; }

    public required int PassersAtFinalLevel { get; init; }

    /// <summary>Inputs per listing, by code (may be empty when the caller keeps no inputs).</summary>
    public required ImmutableArray<ScreeningInputRecord> Inputs { get; init; }

    /// <summary>Every filtering pass, by step.</summary>
    public required ImmutableArray<AdjustmentAttempt> Attempts { get; init; }

    /// <summary>The ranked candidates, by rank.</summary>
    public required ImmutableArray<JournalCandidate> Candidates { get; init; }

    /// <summary>Base-filter exclusions, by code, each with all its reasons in order.</summary>
    public required ImmutableArray<Exclusion> Exclusions { get; init; }

    /// <summary>The budget split (its items are the selected symbols, by rank).</summary>
    public required Allocation Allocation { get; init; }

    /// <summary>Wall time from start to the ranked list.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;

    /// <summary>The journal record of a finished screen.</summary>
    public static ScreeningRunRecord From(
        Guid runId,
        DateOnly tradingDate,
        ScreeningTrigger trigger,
        DateTimeOffset startedAt,
        DateTimeOffset finishedAt,
        int brokerCalls,
        ScreeningRequest request,
        ScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var selected = result.Selection.Selected.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var backups = result.Selection.Backups.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return new ScreeningRunRecord
        {
            RunId = runId,
            TradingDate = tradingDate,
            Kind = result.Kind,
            Trigger = trigger,
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            BrokerCalls = brokerCalls,
            UniverseCount = request.Universe.Count,
            FinalLevel = result.FinalLevel,
            ResearchedFrom = result.ResearchedFrom,
            LateSessionCutoff = result.LateSessionCutoff,
            PassersAtFinalLevel = result.PassersAtFinalLevel,
            Inputs = [.. request.Universe.Select(ScreeningInputRecord.From).OrderBy(i => i.Code, StringComparer.Ordinal)],
            Attempts = [.. result.Attempts.OrderBy(a => a.Step)],
            Candidates = [.. result.Candidates.OrderBy(c => c.Rank).Select(c => new JournalCandidate(
                c,
                selected.Contains(c.Code) ? CandidateRole.Selected
                : backups.Contains(c.Code) ? CandidateRole.Backup
                : CandidateRole.Candidate))],
            Exclusions = [.. result.Exclusions.OrderBy(e => e.Code, StringComparer.Ordinal)],
            Allocation = result.Allocation,
        };
    }
}
