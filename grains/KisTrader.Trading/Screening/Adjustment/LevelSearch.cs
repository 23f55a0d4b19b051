using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening.Adjustment;

/// <summary>
/// The adjustment algorithm of strategy.md §4 over any "passers at level" function, so the rule is testable apart
/// from the data:
/// <list type="number">
/// <item>Filter at base. Within [min, max]: keep base.</item>
/// <item>Below min: relax 1, 2, 3 in turn, stopping at the first level that reaches min; if none does, keep relax 3.
/// A relax level that overshoots max is kept (its top max by score) — never tightened back.</item>
/// <item>Above max: tighten 1. Below min there: keep base (the previous level). Within: keep tighten 1. Above: tighten
/// 2; below min there: keep tighten 1, otherwise keep tighten 2.</item>
/// </list>
/// Whatever level is kept, the caller keeps at most max candidates (top by score).
/// </summary>
internal static class LevelSearch
{
    /// <summary>The kept level and every attempt as (level, passers), in the order tried.</summary>
    public static (ScreeningLevel Kept, List<(ScreeningLevel Level, int Passed)> Attempts) Run(
        Func<ScreeningLevel, int> passersAt, int min, int max)
    {
        var attempts = new List<(ScreeningLevel, int)>(4);
        int Try(ScreeningLevel level)
        {
            var n = passersAt(level);
            attempts.Add((level, n));
            return n;
        }

        var level = ScreeningLevel.Base;
        var count = Try(level);
        if (count < min)
        {
            while (count < min && level != ScreeningLevels.Loosest)
            {
                level = level.Looser();
                count = Try(level);
            }

            return (level, attempts);
        }

        while (count > max && level.Stricter() is { } stricter)
        {
            var tighter = Try(stricter);
            if (tighter < min)
            {
                // Tightening overshot: keep the previous level's result (its top max).
                return (level, attempts);
            }

            level = stricter;
            count = tighter;
        }

        return (level, attempts);
    }

    public static AttemptVerdict Verdict(int passed, int min, int max) =>
        passed < min ? AttemptVerdict.BelowTarget : passed > max ? AttemptVerdict.AboveTarget : AttemptVerdict.WithinTarget;
}
