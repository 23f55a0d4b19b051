using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Trading.Statistics;
using Side = KisTrader.Trading.Money.OrderSide;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// When a session closes, compares the figures the run printed with the simulator's own account, read through the KIS
/// client like a broker's (inquire-balance, inquire-daily-ccld): our net P&amp;L of every trade so far against the
/// account's cash change after settlement (prvs_rcdl_excc_amt − the starting cash), our buy and sell fills of the
/// session against the broker's executions of its two days, and our holdings (none once flat) against the broker's.
/// First prints the session's strategy.md §9 figures (<see cref="StatisticsWording"/>: the day, then overall) from the
/// statistics, and checks them too: the day's and the overall net P&amp;L the statistics and the closed-session line
/// printed against our trades (and so the cash change), and, when every trade of the day is attributed, the
/// attribution's sells − buys (gap + next-day legs) against the executions' sells − buys. Prints one line that ends in
/// AGREES or DIFFERS.
/// </summary>
public sealed class SimulationAccountCheck(
    IKisTrading trading, ITradeJournal trades, TradingStatistics statistics, PerformanceOptions performance, SimulationConsole console,
    decimal startingCash, TimeProvider clock)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The marker of the printed line (tests look for it).</summary>
    public const string Marker = "check against the simulator's account:";

    /// <summary>Reads both sides and prints the comparison.</summary>
    public async Task<bool> CheckAsync(SessionClosed closed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closed);
        var session = await trades.ReadTradesAsync(closed.TradingDate, closed.TradingDate, cancellationToken);
        var all = await trades.ReadTradesAsync(DateOnly.MinValue, closed.TradingDate, cancellationToken);
        var fills = session.SelectMany(t => t.Fills).ToArray();
        var ourBuys = fills.Where(f => f.Side == Side.Buy).Sum(f => f.Quantity * f.Price);
        var ourSells = fills.Where(f => f.Side == Side.Sell).Sum(f => f.Quantity * f.Price);
        var ourNet = all.Sum(t => t.NetPnL);
        var ourHeld = closed.NotFlat.Length;
        var report = await statistics.BuildReportToDateAsync(closed.TradingDate, cancellationToken);
        var day = report.Days.LastOrDefault(d => d.From == closed.TradingDate);
        var time = Kst(clock.GetUtcNow());
        if (day is not null)
        {
            console.Line(string.Create(Inv, $"[{time}] §9 figures of session {closed.TradingDate:yyyy-MM-dd}:"));
            foreach (var line in StatisticsWording.Lines("-- the day", day, performance).Concat(StatisticsWording.Lines(string.Create(Inv, $"-- overall since {report.Overall.From:yyyy-MM-dd}"), report.Overall, performance)))
            {
                console.Line(line);
            }
        }

        var balance = await trading.GetBalanceAsync(new BalanceRequest(trading.Account), cancellationToken: cancellationToken);
        var executions = new List<DailyOrder>();
        await foreach (var row in trading.GetDailyOrdersAsync(new DailyOrderRequest(trading.Account, closed.TradingDate, closed.ExitDate ?? closed.TradingDate), cancellationToken: cancellationToken))
        {
            executions.Add(row);
        }

        var brokerBuys = executions.Where(o => o.Side == OrderSide.Buy).Sum(o => o.FilledAmount);
        var brokerSells = executions.Where(o => o.Side == OrderSide.Sell).Sum(o => o.FilledAmount);
        var brokerCash = balance.Summary.SettledCash - startingCash;
        var brokerHeld = balance.Holdings.Count(h => h.Quantity > 0);
        var printed = StatisticsCheck.Of(closed, day, report.Overall, session.Sum(t => t.NetPnL), ourNet, brokerSells - brokerBuys);
        var agrees = ourNet == brokerCash && ourBuys == brokerBuys && ourSells == brokerSells && ourHeld == brokerHeld && printed.Agrees;
        console.Line(string.Create(Inv,
            $"[{time}] {Marker} net P&L ours {Won(ourNet)} vs cash change {Won(brokerCash)} ({startingCash:#,0} → {balance.Summary.SettledCash:#,0} won after settlement); buys ours {ourBuys:#,0} vs executions {brokerBuys:#,0} won; sells ours {ourSells:#,0} vs executions {brokerSells:#,0} won ({executions.Count(o => o.FilledQuantity > 0)} filled orders); {printed.Text}; holdings ours {ourHeld} vs broker's {brokerHeld} — {(agrees ? "AGREES" : "DIFFERS")}"));
        return agrees;
    }

    private static string Won(decimal amount) => amount.ToString("+#,0;-#,0;0", Inv) + " won";

    private static string Kst(DateTimeOffset at) => Trading.Time.KrxTime.ToKst(at).ToString("HH:mm:ss", Inv);
}
