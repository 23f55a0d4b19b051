using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Scoring;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Trading.Screening;

/// <summary>
/// The screening pipeline of strategy.md §1–§5 as one pure, deterministic function: base filters → features →
/// conditions per level → score and rank → dynamic adjustment → selection → allocation. Options are validated and
/// frozen at construction (later changes to the options object have no effect). Thread-safe.
/// </summary>
public sealed partial class Screener
{
    private readonly int _minCandidates;
    private readonly int _maxCandidates;
    private readonly int _selectedCount;
    private readonly int _backupCount;

    /// <summary>Validates the options (throws <see cref="InvalidOptionsException"/> naming each bad setting) and freezes them.</summary>
    public Screener(ScreeningOptions options)
    {
        OptionsValidation.ThrowIfInvalid(options, ScreeningOptions.Section);
        UniverseFilter = new UniverseFilter(options.Universe);
        Calculator = new FeatureCalculator(options.Features);
        Ladder = new ConditionLadder(options.Conditions);
        Scorer = new Scorer(options.Conditions);
        Allocator = new Allocator(options.Allocation);
        _minCandidates = options.Adjustment.MinCandidates;
        _maxCandidates = options.Adjustment.MaxCandidates;
        _selectedCount = options.Selection.SelectedCount;
        _backupCount = options.Selection.BackupCount;
    }

    /// <summary>The base filters.</summary>
    public UniverseFilter UniverseFilter { get; }

    /// <summary>The feature calculator.</summary>
    public FeatureCalculator Calculator { get; }

    /// <summary>The level thresholds and pass tests.</summary>
    public ConditionLadder Ladder { get; }

    /// <summary>The scorer.</summary>
    public Scorer Scorer { get; }

    /// <summary>The allocator (also sizes buys).</summary>
    public Allocator Allocator { get; }

    /// <summary>Runs the full screen with the dynamic adjustment of §4.</summary>
    public ScreeningResult Screen(ScreeningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Universe);
        RequireUniqueCodes(request.Universe);
        var cutoff = Calculator.CutoffFor(request.Schedule);
        var open = Calculator.OpenFor(request.Schedule);
        var exclusions = new List<Exclusion>();
        var rows = new List<ScreenedSymbol>(request.Universe.Count);
        foreach (var input in request.Universe)
        {
            var reasons = UniverseFilter.Check(input);
            if (reasons.Length > 0)
            {
                exclusions.Add(new Exclusion(input.Code, input.Name, reasons));
                continue;
            }

            var features = Calculator.Compute(input, cutoff, open);
            rows.Add(new ScreenedSymbol(input.Code, input.Name, input.Market, input.Close, input.PreviousClose,
                input.DayTradingValue, features, features.IsComplete ? Scorer.Score(features.Values()) : null, Ladder.Classify(features)));
        }

        var histogram = Histogram.Of(rows);
        var (kept, tried) = LevelSearch.Run(histogram.PassersAt, _minCandidates, _maxCandidates);
        var attempts = tried.Select((t, i) => Attempt(i + 1, t.Level, histogram, kept: t.Level == kept));
        exclusions.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return Finish(ScreeningKind.Screen, kept, null, cutoff, [.. exclusions], rows, [.. attempts], histogram.PassersAt(kept), skip: null, request.OrderableCash);
    }

    /// <summary>
    /// The after-hours re-search (§6): one pass over the cached features of <paramref name="previous"/> at its kept
    /// level made <paramref name="relaxLevels"/> steps looser (never beyond relax 3; from relax 3 it stays at relax 3),
    /// without the adjustment loop, keeping the top <c>MaxCandidates</c>. Codes in <paramref name="alreadyWatched"/>
    /// are left out of the candidates so that the selection holds only new symbols. No input is recomputed.
    /// </summary>
    public ScreeningResult Rescreen(ScreeningResult previous, decimal orderableCash, IReadOnlyCollection<string>? alreadyWatched = null, int relaxLevels = 1)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(relaxLevels);
        var level = previous.FinalLevel.Looser(relaxLevels);
        var rows = previous.Evaluations
            .Select(e => new ScreenedSymbol(e.Code, e.Name, e.Market, e.Close, e.PreviousClose, e.DayTradingValue, e.Features, e.Score, Ladder.Classify(e.Features)))
            .ToList();
        var histogram = Histogram.Of(rows);
        var skip = alreadyWatched is null ? null : new HashSet<string>(alreadyWatched, StringComparer.Ordinal);
        return Finish(ScreeningKind.Research, level, previous.FinalLevel, previous.LateSessionCutoff, previous.Exclusions, rows,
            [Attempt(1, level, histogram, kept: true)], histogram.PassersAt(level), skip, orderableCash);
    }

    /// <summary>
    /// The funnel test for a partially fetched symbol: base filters plus every feature computable from what is
    /// supplied, compared with relax 3. <see cref="FunnelVerdict.CanStillPass"/> false means the symbol can pass no
    /// level (thresholds are monotone and relax 3 is the loosest, which also bounds the re-search), so dropping it
    /// before fetching minute bars or execution strength never loses a candidate. Missing features count as passable.
    /// </summary>
    public FunnelVerdict Assess(SymbolDayInput input, TradingDaySchedule? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reasons = UniverseFilter.Check(input);
        if (reasons.Length > 0)
        {
            return new FunnelVerdict(input.Code, false, reasons, null, ConditionSet.None, ConditionSet.None);
        }

        var features = Calculator.Compute(input, schedule);
        var failing = Ladder.FailingAtLoosest(features);
        return new FunnelVerdict(input.Code, failing == ConditionSet.None, [], features, failing, features.InState(FeatureState.Missing));
    }

    private static void RequireUniqueCodes(IReadOnlyList<SymbolDayInput> universe)
    {
        var seen = new HashSet<string>(universe.Count, StringComparer.Ordinal);
        foreach (var input in universe)
        {
            ArgumentNullException.ThrowIfNull(input, nameof(universe));
            if (!seen.Add(input.Code))
            {
                throw new ArgumentException($"The universe lists code {input.Code} more than once.", nameof(universe));
            }
        }
    }
}
