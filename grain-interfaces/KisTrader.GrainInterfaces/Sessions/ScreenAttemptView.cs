using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>One filtering pass of the dynamic adjustment (strategy.md §4).</summary>
/// <param name="Step">1, 2, … in the order tried.</param>
/// <param name="Level">"Base", "Relax1", "Tighten2", ….</param>
/// <param name="Thresholds">The six thresholds C1…C6 at that level.</param>
/// <param name="Evaluated">Listings evaluated.</param>
/// <param name="Passed">Listings passing all six.</param>
/// <param name="Kept">True for the level whose result was kept.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreenAttemptView")]
public sealed record ScreenAttemptView(
    [property: Id(0)] int Step,
    [property: Id(1)] string Level,
    [property: Id(2)] ImmutableArray<decimal> Thresholds,
    [property: Id(3)] int Evaluated,
    [property: Id(4)] int Passed,
    [property: Id(5)] bool Kept);
