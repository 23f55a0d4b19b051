namespace KisTrader.Trading.Screening.Conditions;

/// <summary>
/// The adjustment ladder of strategy.md §4, strictest first. A larger value is looser: <c>level + 1</c> is one relax
/// step. Every level's thresholds are at least as loose as the stricter levels' (validated), so a symbol that passes a
/// level passes every looser one.
/// </summary>
public enum ScreeningLevel
{
    /// <summary>Tighten level 2 (the strictest).</summary>
    Tighten2 = 0,

    /// <summary>Tighten level 1.</summary>
    Tighten1 = 1,

    /// <summary>The base thresholds of §2 (also the reference of the sub-scores).</summary>
    Base = 2,

    /// <summary>Relax level 1.</summary>
    Relax1 = 3,

    /// <summary>Relax level 2.</summary>
    Relax2 = 4,

    /// <summary>Relax level 3 (the loosest): the bound used to prune symbols early (see <see cref="Screener.Assess"/>).</summary>
    Relax3 = 5,
}
