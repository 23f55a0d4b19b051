using System.Collections.Immutable;
using System.Globalization;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Web.WhatIf;

/// <summary>
/// Runs the production screen (<see cref="Screener.Screen"/>: base filters, features, levels, score, adjustment,
/// selection, allocation) on a validated what-if request and words the result. The orderable cash is taken as the
/// session budget (the what-if knows no account), so the allocation is the budget's split.
/// </summary>
internal static class WhatIfEvaluator
{
    public static WhatIfResponse Evaluate(WhatIfRequest request, ScreeningOptions options)
    {
        var indexReturns = (request.IndexReturns ?? []).ToDictionary(p => WhatIfValidator.Market(p.Key)!, p => p.Value, StringComparer.Ordinal);
        var universe = request.Stocks!.Select(s => WhatIfInputs.ToInput(s, indexReturns, options.Features)).ToList();
        var screener = new Screener(options);
        var result = screener.Screen(new ScreeningRequest(universe, options.Allocation.SessionBudget));
        var markets = request.Stocks!.ToDictionary(s => s.Code!, s => WhatIfValidator.Market(s.Market)!, StringComparer.Ordinal);
        var selected = result.Selection.Selected.Select(c => c.Code).ToImmutableArray();
        var backups = result.Selection.Backups.Select(c => c.Code).ToImmutableArray();
        return new WhatIfResponse(
            result.FinalLevel.ToString(),
            [.. result.Attempts.Select(a => new WhatIfAttempt(a.Step, a.Level.ToString(), ConditionValues.Of(a.Thresholds), a.Evaluated, a.Passed, a.PassedByCondition, a.Verdict.ToString(), a.Kept))],
            [.. result.Candidates.Select(c => new WhatIfCandidate(
                c.Rank, c.Code, c.Name, markets[c.Code], c.Score,
                selected.Contains(c.Code) ? "Selected" : backups.Contains(c.Code) ? "Backup" : "Candidate",
                c.StrictestLevel.ToString(), ConditionValues.Of(c.Values), ConditionValues.Of(c.SubScores)))],
            selected,
            backups,
            result.Allocation.Items.ToImmutableDictionary(i => i.Code, i => i.Amount, StringComparer.Ordinal),
            [.. Excluded(result, screener, options.Adjustment.MaxCandidates).OrderBy(e => e.Code, StringComparer.Ordinal)]);
    }

    private static IEnumerable<WhatIfExclusion> Excluded(ScreeningResult result, Screener screener, int maxCandidates)
    {
        foreach (var exclusion in result.Exclusions)
        {
            yield return new WhatIfExclusion(exclusion.Code, string.Join("; ", exclusion.Reasons.Select(r => r.Text)), "Universe");
        }

        var level = result.FinalLevel;
        var thresholds = screener.Ladder.Thresholds(level);
        foreach (var e in result.Evaluations.Where(e => e.Rank is null))
        {
            if (e.PassedLevel)
            {
                yield return new WhatIfExclusion(e.Code, $"passes at {level} but ranks below the top {maxCandidates}", "Cap");
                continue;
            }

            var failed = ConditionIds.All.Where(id => !e.Passed.Contains(id)).Select(id => Failure(id, e.Features[id], thresholds[id], level));
            yield return new WhatIfExclusion(e.Code, string.Join("; ", failed), "Conditions");
        }
    }

    private static string Failure(ConditionId id, FeatureValue value, decimal threshold, ScreeningLevel level) => value.State switch
    {
        FeatureState.Known => string.Create(CultureInfo.InvariantCulture, $"{id.Label()} {Name(id)} {Show(value.Value)} is below {Show(threshold)} at {level}"),
        FeatureState.Missing => $"{id.Label()} {Name(id)} unknown: {value.Note}",
        _ => $"{id.Label()} {Name(id)} not computable: {value.Note}",
    };

    private static string Name(ConditionId id) => id switch
    {
        ConditionId.VolumeMultiple => "volume multiple",
        ConditionId.LateSessionReturn => "late-session return",
        ConditionId.LateVolumeShare => "late volume share",
        ConditionId.ExecutionStrength => "execution strength",
        ConditionId.RelativeReturn => "relative return",
        _ => "close to VWAP",
    };

    // Enough places to see why a value fails (the exact value is in the evaluation, not needed in the sentence).
    private static string Show(decimal value) => decimal.Round(value, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture);
}
