using System.Collections.Immutable;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Statistics;

/// <summary>The journal rows behind two of a session's <see cref="SessionFacts"/>: checkpoint hit rates and passers' next-day returns.</summary>
public static class SessionFactsMapping
{
    /// <summary>
    /// A journaled after-hours checkpoint as a <see cref="CheckpointFact"/>. Monitored: the observations with a change
    /// from the close (an observed price existed) of symbols not bought earlier in the session (action
    /// <see cref="AfterHoursAction.AlreadyBought"/>, which are not evaluated again). Hits: of those, the ones whose change
    /// is at or above the checkpoint's threshold (strategy.md §6's signal, whether or not a buy followed). Buys: the
    /// buys the checkpoint decided.
    /// </summary>
    public static CheckpointFact Checkpoint(AfterHoursCheckpointRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var evaluated = record.Observations
            .Where(o => o.ChangeRatio is not null && !string.Equals(o.Action, nameof(AfterHoursAction.AlreadyBought), StringComparison.Ordinal))
            .ToArray();
        return new CheckpointFact(record.Checkpoint, evaluated.Length, evaluated.Count(o => o.ChangeRatio >= record.Threshold), record.Buys);
    }

    /// <summary>
    /// The next-day returns of a screen's candidates (the passers it ranked): D+1 close ÷ D close − 1, the D close
    /// being the candidate's, the D+1 close the next session's screen input for the same code (that screen read every
    /// listing's end-of-day data). Selected: the candidate's role was <see cref="CandidateRole.Selected"/>; backups and
    /// the other candidates are the unselected passers. A candidate whose D+1 close is unknown (not in the next screen's
    /// inputs, or 0) or whose D close is 0 is left out.
    /// </summary>
    public static ImmutableArray<PasserOutcome> PasserOutcomes(ScreeningRunRecord screen, ScreeningRunRecord nextScreen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(nextScreen);
        var closes = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var input in nextScreen.Inputs.Where(i => i.Close > 0))
        {
            closes.TryAdd(input.Code, input.Close);
        }

        return
        [
            .. screen.Candidates
                .Where(c => c.Candidate.Close > 0 && closes.ContainsKey(c.Candidate.Code))
                .Select(c => new PasserOutcome(
                    c.Candidate.Code, c.Role == CandidateRole.Selected, (closes[c.Candidate.Code] / c.Candidate.Close) - 1)),
        ];
    }
}
