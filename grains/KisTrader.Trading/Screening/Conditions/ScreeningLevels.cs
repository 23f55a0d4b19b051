using System.Collections.Immutable;

namespace KisTrader.Trading.Screening.Conditions;

/// <summary>Helpers over <see cref="ScreeningLevel"/>.</summary>
public static class ScreeningLevels
{
    /// <summary>Every level, strictest first.</summary>
    public static ImmutableArray<ScreeningLevel> All { get; } =
    [
        ScreeningLevel.Tighten2,
        ScreeningLevel.Tighten1,
        ScreeningLevel.Base,
        ScreeningLevel.Relax1,
        ScreeningLevel.Relax2,
        ScreeningLevel.Relax3,
    ];

    /// <summary>The loosest level (relax 3).</summary>
    public const ScreeningLevel Loosest = ScreeningLevel.Relax3;

    /// <summary>The strictest level (tighten 2).</summary>
    public const ScreeningLevel Strictest = ScreeningLevel.Tighten2;

    /// <summary>
    /// The level <paramref name="steps"/> relax steps looser than <paramref name="level"/>, never beyond relax 3
    /// (tighten 1 + 1 = base, relax 3 + 1 = relax 3).
    /// </summary>
    public static ScreeningLevel Looser(this ScreeningLevel level, int steps = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        return (ScreeningLevel)Math.Min((int)level + steps, (int)Loosest);
    }

    /// <summary>The level one step stricter, or null for tighten 2.</summary>
    public static ScreeningLevel? Stricter(this ScreeningLevel level) =>
        level == Strictest ? null : level - 1;
}
