namespace KisTrader.Trading.Screening.Conditions;

/// <summary>
/// For each condition, the index of the strictest level it passes (0 = tighten 2 … 5 = relax 3, 6 = none), packed
/// 3 bits per condition. Passing at level L is "index ≤ L", which makes re-filtering at any level free.
/// </summary>
internal readonly record struct LadderPosition(int Packed)
{
    public const int Fails = 6;

    public int LevelOf(ConditionId id) => (Packed >> (3 * (int)id)) & 0b111;

    public LadderPosition With(ConditionId id, int level)
    {
        var shift = 3 * (int)id;
        return new((Packed & ~(0b111 << shift)) | (level << shift));
    }

    /// <summary>The conditions passing at a level.</summary>
    public ConditionSet PassingAt(ScreeningLevel level)
    {
        var set = ConditionSet.None;
        foreach (var id in ConditionIds.All)
        {
            if (LevelOf(id) <= (int)level)
            {
                set |= id.ToSet();
            }
        }

        return set;
    }

    /// <summary>The strictest level where all six pass (the loosest of the per-condition levels), or null.</summary>
    public ScreeningLevel? Strictest
    {
        get
        {
            var worst = 0;
            foreach (var id in ConditionIds.All)
            {
                worst = Math.Max(worst, LevelOf(id));
            }

            return worst == Fails ? null : (ScreeningLevel)worst;
        }
    }
}
