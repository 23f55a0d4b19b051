using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Statistics;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The part of the account check that covers the printed statistics: the net P&amp;L the closed-session line and the §9
/// figures printed (day and overall) against our trades' sum (which the check compares with the cash change), the day's
/// gross profit − gross loss against its net, its exit-rule and checkpoint groups against its trade count, and, when
/// every trade of the day is attributed, the attribution's gap + next-day legs (sells − buys) against the executions'.
/// </summary>
/// <param name="Agrees">True when every compared pair is equal.</param>
/// <param name="Text">The clause of the check line.</param>
public sealed record StatisticsCheck(bool Agrees, string Text)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Compares; <paramref name="day"/> is null when the statistics have no such session (then it differs unless no trade).</summary>
    public static StatisticsCheck Of(
        SessionClosed closed, PerformanceSummary? day, PerformanceSummary overall, decimal ourDayNet, decimal ourNet, decimal executedSellsMinusBuys)
    {
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(overall);
        var dayNet = day?.TotalNetPnL ?? 0m;
        var trades = day?.Trades ?? 0;
        var attribution = day?.Breakdown.Attribution ?? ReturnAttribution.Empty;
        var attributed = attribution.Trades > 0 && attribution.Unattributed == 0;
        var legs = attribution.GapLeg + attribution.NextDayLeg;
        var agrees = closed.TotalNetPnL == ourDayNet && dayNet == ourDayNet
            && closed.OverallNetPnL == ourNet && overall.TotalNetPnL == ourNet
            && (day is null || (day.GrossProfit - day.GrossLoss == dayNet
                && day.Breakdown.ByExitRule.Sum(r => r.Stats.Trades) == trades
                && day.Breakdown.ByCheckpoint.Sum(c => c.Stats.Trades) == trades))
            && (!attributed || legs == executedSellsMinusBuys);
        var attributionText = attributed
            ? string.Create(Inv, $"attribution gap + next day {legs:+#,0;-#,0;0} vs executions' sells − buys {executedSellsMinusBuys:+#,0;-#,0;0} won")
            : "attribution not compared (a trade without a Day-1 close or Day-2 open, or no trade)";
        return new StatisticsCheck(agrees, string.Create(Inv,
            $"printed day net P&L {closed.TotalNetPnL:+#,0;-#,0;0} / §9 {dayNet:+#,0;-#,0;0} vs trades {ourDayNet:+#,0;-#,0;0} won; printed overall {closed.OverallNetPnL:+#,0;-#,0;0} / §9 {overall.TotalNetPnL:+#,0;-#,0;0} vs trades {ourNet:+#,0;-#,0;0} won; {attributionText}"));
    }
}
