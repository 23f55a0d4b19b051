using System.Collections.Immutable;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Trading.Screening;

/// <summary>Everything one screen decided, with the reasons (pure data; the journal stores it).</summary>
public sealed record ScreeningResult
{
    /// <summary>The 15:30 screen or the after-hours re-search.</summary>
    public required ScreeningKind Kind { get; init; }

    /// <summary>The level whose result was kept.</summary>
    public required ScreeningLevel FinalLevel { get; init; }

    /// <summary>For a re-search, the level of the screen it started from; null for a screen.</summary>
    public ScreeningLevel? ResearchedFrom { get; init; }

    /// <summary>The KST late-session cutoff used for C2/C3 (14:00 on a normal day).</summary>
    public required TimeOnly LateSessionCutoff { get; init; }

    /// <summary>Listings dropped by the base filters, with every reason, by code.</summary>
    public required ImmutableArray<Exclusion> Exclusions { get; init; }

    /// <summary>Every listing that passed the base filters, by code.</summary>
    public required ImmutableArray<SymbolEvaluation> Evaluations { get; init; }

    /// <summary>Every filtering pass in the order tried (a re-search has one).</summary>
    public required ImmutableArray<AdjustmentAttempt> Attempts { get; init; }

    /// <summary>How many symbols passed at the kept level (before the cap and before skipping watched codes).</summary>
    public required int PassersAtFinalLevel { get; init; }

    /// <summary>The ranked candidates: at most <c>MaxCandidates</c>, best first.</summary>
    public required ImmutableArray<Candidate> Candidates { get; init; }

    /// <summary>Selected symbols and backups.</summary>
    public required ScreeningSelection Selection { get; init; }

    /// <summary>The budget split across the selected symbols.</summary>
    public required Allocation Allocation { get; init; }

    /// <summary>Re-search only: passers left out because the caller already watches them.</summary>
    public ImmutableArray<string> SkippedCodes { get; init; } = [];

    /// <summary>The attempt at a level, when it was tried.</summary>
    public AdjustmentAttempt? AttemptAt(ScreeningLevel level) => Attempts.FirstOrDefault(a => a.Level == level);
}
