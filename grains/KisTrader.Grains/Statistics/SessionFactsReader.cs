using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Statistics;

/// <summary>
/// A session's <see cref="SessionFacts"/> from the trading journal. Sourced: the session exists (not cancelled), its
/// budget (the kept screen's allocation, else the configured budget), the adjustment level kept, and the per-condition
/// pass counts of the base-level pass (C1–C6: evaluated and passed at base thresholds). Not sourced yet (left empty):
/// the after-hours checkpoint facts (journal.after_hours_checkpoints has no reader) and the passers' next-day returns
/// (they need every passer's D+1 close, which nothing records).
/// </summary>
public sealed class SessionFactsReader(ITradingJournal journal, decimal defaultBudget)
{
    private readonly ITradingJournal _journal = journal ?? throw new ArgumentNullException(nameof(journal));

    /// <summary>The session's facts, or null when the journal has no session on that date or it was cancelled.</summary>
    public async Task<SessionFacts?> ReadAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var state = await _journal.ReadSessionStateAsync(date, cancellationToken);
        if (state is null or SessionState.Cancelled)
        {
            return null;
        }

        var facts = new SessionFacts { SessionDate = date, Budget = defaultBudget };
        var run = await LastScreenAsync(date, cancellationToken);
        if (run is null)
        {
            return facts;
        }

        var basePass = run.Attempts.FirstOrDefault(a => a.Level == ScreeningLevel.Base);
        return facts with
        {
            Budget = run.Allocation.SessionBudget > 0 ? run.Allocation.SessionBudget : defaultBudget,
            AdjustmentLevel = run.FinalLevel.ToString(),
            ConditionPasses = basePass is null
                ? []
                : [.. basePass.PassedByCondition.Select((passed, i) => new ConditionPassCount($"C{i + 1}", basePass.Evaluated, passed))],
        };
    }

    // The session's screen in force: the last ScreeningFinished of its journal subject that names a Screen run.
    private async Task<ScreeningRunRecord?> LastScreenAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var events = await _journal.ReadEventsAsync(TradingEventPublisher.JournalStream(TradingEventCategory.Session), GrainKeys.TradingSession(date), cancellationToken);
        foreach (var e in events.Reverse())
        {
            if (!string.Equals(e.Event.EventType, nameof(ScreeningFinished), StringComparison.Ordinal))
            {
                continue;
            }

            using var payload = JsonDocument.Parse(e.Event.PayloadJson);
            if (payload.RootElement.TryGetProperty("runId", out var id) && id.TryGetGuid(out var runId)
                && await _journal.ReadScreeningRunAsync(runId, cancellationToken) is { Kind: ScreeningKind.Screen } run)
            {
                return run;
            }
        }

        return null;
    }
}
