using System.Globalization;
using KisTrader.Trading.Statistics;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The console wording of a <see cref="ReturnAttribution"/>: the three legs as a share of the positions' value at the
/// Day-1 close (they add up to the gross move), then in won with the costs, ending in the net P&amp;L they explain.
/// </summary>
public static class AttributionWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>One clause: "entry +2.00%, gap +3.00%, next day +1.00% = gross +6.00% of the close value (…)".</summary>
    public static string Word(ReturnAttribution a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var unattributed = a.Unattributed == 0 ? "" : string.Create(Inv, $"; {a.Unattributed} without a Day-1 close or Day-2 open left out");
        if (a.Trades == 0)
        {
            return $"n/a (no trade with a Day-1 close and a Day-2 open{unattributed})";
        }

        return string.Create(Inv,
            $"after-hours entry {StatisticsWording.Signed(a.EntryMove)}, overnight gap {StatisticsWording.Signed(a.GapMove)}, next day {StatisticsWording.Signed(a.NextDayMove)} = gross {StatisticsWording.Signed(a.GrossMove)} of the close value {a.CloseValue:#,0} won ({a.Trades} trade{(a.Trades == 1 ? "" : "s")}{unattributed}); in won: entry {StatisticsWording.Won(a.EntryLeg)}, gap {StatisticsWording.Won(a.GapLeg)}, next day {StatisticsWording.Won(a.NextDayLeg)}, costs {a.Costs:#,0} won, net {StatisticsWording.Won(a.NetPnL)}");
    }
}
