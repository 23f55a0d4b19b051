using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Statistics;

/// <summary>
/// A session's <see cref="SessionFacts"/> from the journals: the session exists (not cancelled), its budget (the kept
/// screen's allocation, else the configured budget), the adjustment level kept, the per-condition pass counts of the
/// base-level pass (C1–C6: evaluated and passed at base thresholds), the after-hours checkpoints
/// (journal.after_hours_checkpoints and their observations, through <see cref="SessionFactsMapping.Checkpoint"/>; none
/// without an after-hours journal) and the passers' next-day returns (<see cref="SessionFactsMapping.PasserOutcomes"/>:
/// the D close of each candidate against the next session's screen input, the next session being the first later date,
/// within <see cref="NextSessionSearchDays"/> calendar days, with a session that is not cancelled).
/// </summary>
public sealed class SessionFactsReader(ITradingJournal journal, decimal defaultBudget, IAfterHoursJournal? afterHours = null)
{
    /// <summary>How many calendar days after D the next session is looked for (KRX closes at most ~10 days in a row).</summary>
    public const int NextSessionSearchDays = 14;

    private readonly ITradingJournal _journal = journal ?? throw new ArgumentNullException(nameof(journal));

    /// <summary>The session's facts, or null when the journal has no session on that date or it was cancelled.</summary>
    public async Task<SessionFacts?> ReadAsync(DateOnly date, CancellationToken cancellationToken) =>
        (await ReadWithFinalityAsync(date, cancellationToken)).Facts;

    /// <summary>
    /// The session's facts (null as in <see cref="ReadAsync"/>) and whether they are final: false while the next
    /// session's screen, which gives the passers' next-day closes, is not in the journal yet (read again later).
    /// </summary>
    public async Task<(SessionFacts? Facts, bool Final)> ReadWithFinalityAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var state = await _journal.ReadSessionStateAsync(date, cancellationToken);
        if (state is null or SessionState.Cancelled)
        {
            return (null, true);
        }

        var facts = new SessionFacts { SessionDate = date, Budget = defaultBudget };
        if (afterHours is not null)
        {
            var checkpoints = await afterHours.ReadCheckpointsAsync(date, cancellationToken);
            facts = facts with { Checkpoints = [.. checkpoints.OrderBy(c => c.Checkpoint).Select(SessionFactsMapping.Checkpoint)] };
        }

        var run = await LastScreenAsync(date, cancellationToken);
        if (run is null)
        {
            return (facts, true);
        }

        var basePass = run.Attempts.FirstOrDefault(a => a.Level == ScreeningLevel.Base);
        facts = facts with
        {
            Budget = run.Allocation.SessionBudget > 0 ? run.Allocation.SessionBudget : defaultBudget,
            AdjustmentLevel = run.FinalLevel.ToString(),
            ConditionPasses = basePass is null
                ? []
                : [.. basePass.PassedByCondition.Select((passed, i) => new ConditionPassCount($"C{i + 1}", basePass.Evaluated, passed))],
        };
        if (run.Candidates.IsDefaultOrEmpty)
        {
            return (facts, true);
        }

        var next = await NextScreenAsync(date, cancellationToken);
        return next is null
            ? (facts, false)
            : (facts with { PasserOutcomes = SessionFactsMapping.PasserOutcomes(run, next) }, true);
    }

    // The first later session that is not cancelled, and its screen; null while that session has no screen yet.
    private async Task<ScreeningRunRecord?> NextScreenAsync(DateOnly date, CancellationToken cancellationToken)
    {
        for (var day = date.AddDays(1); day <= date.AddDays(NextSessionSearchDays); day = day.AddDays(1))
        {
            var state = await _journal.ReadSessionStateAsync(day, cancellationToken);
            if (state is null or SessionState.Cancelled)
            {
                continue;
            }

            return await LastScreenAsync(day, cancellationToken);
        }

        return null;
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
