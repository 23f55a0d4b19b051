using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening;

/// <summary>
/// Counts of the survivors by strictest passing level, overall and per condition, so that "how many pass at level L"
/// is a prefix sum: re-filtering at any level costs nothing and reads no input.
/// </summary>
internal sealed class Histogram
{
    private const int Slots = LadderPosition.Fails + 1;
    private readonly int[] _all = new int[Slots];
    private readonly int[] _byCondition = new int[ConditionIds.Count * Slots];

    private Histogram(int evaluated) => Evaluated = evaluated;

    public int Evaluated { get; }

    public static Histogram Of(List<ScreenedSymbol> rows)
    {
        var h = new Histogram(rows.Count);
        foreach (var row in rows)
        {
            var strictest = row.Position.Strictest;
            h._all[strictest is { } s ? (int)s : LadderPosition.Fails]++;
            foreach (var id in ConditionIds.All)
            {
                h._byCondition[((int)id * Slots) + row.Position.LevelOf(id)]++;
            }
        }

        return h;
    }

    public int PassersAt(ScreeningLevel level)
    {
        var n = 0;
        for (var l = 0; l <= (int)level; l++)
        {
            n += _all[l];
        }

        return n;
    }

    public int PassersAt(ConditionId id, ScreeningLevel level)
    {
        var n = 0;
        for (var l = 0; l <= (int)level; l++)
        {
            n += _byCondition[((int)id * Slots) + l];
        }

        return n;
    }
}
