using System.Collections.Immutable;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Trading.Screening;

public sealed partial class Screener
{
    private AdjustmentAttempt Attempt(int step, ScreeningLevel level, Histogram histogram, bool kept)
    {
        var passed = histogram.PassersAt(level);
        return new AdjustmentAttempt(step, level, Ladder.Thresholds(level), histogram.Evaluated, passed,
            [.. ConditionIds.All.Select(c => histogram.PassersAt(c, level))],
            LevelSearch.Verdict(passed, _minCandidates, _maxCandidates), kept);
    }

    private ScreeningResult Finish(
        ScreeningKind kind,
        ScreeningLevel level,
        ScreeningLevel? researchedFrom,
        TimeOnly cutoff,
        ImmutableArray<Exclusion> exclusions,
        List<ScreenedSymbol> rows,
        ImmutableArray<AdjustmentAttempt> attempts,
        int passers,
        HashSet<string>? skip,
        decimal orderableCash)
    {
        var passing = rows.Where(r => r.PassesAt(level)).ToList();
        var skipped = skip is null ? [] : passing.Where(r => skip.Contains(r.Code)).Select(r => r.Code).Order(StringComparer.Ordinal).ToImmutableArray();
        if (skip is not null)
        {
            passing.RemoveAll(r => skip.Contains(r.Code));
        }

        passing.Sort(ScreenedSymbol.CompareRank);
        var kept = passing.Count > _maxCandidates ? passing.GetRange(0, _maxCandidates) : passing;
        var candidates = kept.Select((r, i) => ToCandidate(r, i + 1, level)).ToImmutableArray();
        var ranks = candidates.ToDictionary(c => c.Code, c => c.Rank, StringComparer.Ordinal);
        var evaluations = rows
            .Select(r => new SymbolEvaluation
            {
                Code = r.Code,
                Name = r.Name,
                Market = r.Market,
                Close = r.Close,
                PreviousClose = r.PreviousClose,
                DayTradingValue = r.DayTradingValue,
                Features = r.Features,
                Score = r.Score,
                Passed = r.Position.PassingAt(level),
                StrictestLevel = r.Position.Strictest,
                Rank = ranks.TryGetValue(r.Code, out var rank) ? rank : null,
            })
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        var selected = candidates.Take(_selectedCount).ToImmutableArray();
        var backups = candidates.Skip(_selectedCount).Take(_backupCount).ToImmutableArray();
        return new ScreeningResult
        {
            Kind = kind,
            FinalLevel = level,
            ResearchedFrom = researchedFrom,
            LateSessionCutoff = cutoff,
            Exclusions = exclusions,
            Evaluations = evaluations,
            Attempts = attempts,
            PassersAtFinalLevel = passers,
            Candidates = candidates,
            Selection = new ScreeningSelection(selected, backups),
            Allocation = Allocator.Allocate(selected, orderableCash),
            SkippedCodes = skipped,
        };
    }

    private static Candidate ToCandidate(ScreenedSymbol r, int rank, ScreeningLevel level) => new()
    {
        Rank = rank,
        Code = r.Code,
        Name = r.Name,
        Market = r.Market,
        Close = r.Close,
        PreviousClose = r.PreviousClose,
        DayTradingValue = r.DayTradingValue,
        Score = r.Score!.Score,
        Values = r.Features.Values(),
        SubScores = r.Score.SubScores,
        Level = level,
        StrictestLevel = r.Position.Strictest!.Value,
    };
}
