using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>A symbol's screen of one trading date (strategy.md §3): the six values, their sub-scores, the score and the level.</summary>
/// <param name="Date">KST trading date of the screen.</param>
/// <param name="Values">C1…C6 values (exactly six).</param>
/// <param name="SubScores">C1…C6 sub-scores, 0 … 1 (exactly six).</param>
/// <param name="Score">0 … 100.</param>
/// <param name="Level">The level it passed at (e.g. "Base", "Relax1").</param>
/// <param name="Rank">1-based rank among the day's candidates.</param>
/// <param name="Role">"Selected", "Backup" or "Candidate".</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SymbolFeatures")]
public sealed record SymbolFeatures(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] ImmutableArray<decimal> Values,
    [property: Id(2)] ImmutableArray<decimal> SubScores,
    [property: Id(3)] decimal Score,
    [property: Id(4)] string Level,
    [property: Id(5)] int Rank,
    [property: Id(6)] string Role)
{
    /// <summary>The features of a ranked candidate of the screen of <paramref name="date"/>.</summary>
    public static SymbolFeatures From(DateOnly date, ScreenCandidateView candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new SymbolFeatures(date, candidate.Values, candidate.SubScores, candidate.Score, candidate.Level, candidate.Rank, candidate.Role);
    }
}
