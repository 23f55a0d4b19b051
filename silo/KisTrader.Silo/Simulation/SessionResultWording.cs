using System.Globalization;
using KisTrader.GrainInterfaces;

namespace KisTrader.Silo.Simulation;

/// <summary>The console wording of <see cref="SessionClosed"/>: the day's result with the strategy.md §9 figures.</summary>
internal static class SessionResultWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Word(SessionClosed p)
    {
        var held = p.ExitDate is { } exit ? string.Create(Inv, $", exit day {exit:yyyy-MM-dd}") : "";
        var trades = string.Create(Inv, $"{p.Trades} trade{(p.Trades == 1 ? "" : "s")} ({p.Wins} won, {p.Losses} lost) of {p.Positions} position{(p.Positions == 1 ? "" : "s")}");
        var exits = p.ExitReasons.Values.All(n => n == 0) ? "none" : string.Join(", ", p.ExitReasons.Where(e => e.Value > 0).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => string.Create(Inv, $"{e.Key} {e.Value}")));
        var alert = p.Alert ? $"; NOT FLAT at the exit day's close: {string.Join(", ", p.NotFlat)} [ALERT]" : "";
        return string.Create(Inv,
            $"session {p.TradingDate:yyyy-MM-dd} closed{held}: {trades}, net P&L {Won(p.TotalNetPnL)} ({Percent(p.Return)} of the budget); win rate {Percent(p.WinRate, signed: false)}, average net return {Percent(p.AverageNetReturn)}, profit factor {Factor(p.ProfitFactor)}, gross profit {Won(p.GrossProfit)}, gross loss {Math.Abs(p.GrossLoss):#,0} won, max drawdown {p.MaxDrawdown:#,0} won; exits: {exits}; overall {p.OverallSessions} session{(p.OverallSessions == 1 ? "" : "s")}, net P&L {Won(p.OverallNetPnL)}, win rate {Percent(p.OverallWinRate, signed: false)}{alert}");
    }

    private static string Won(decimal amount) => amount.ToString("+#,0;-#,0;0", Inv) + " won";

    private static string Percent(decimal? fraction, bool signed = true) => fraction is { } f
        ? (f * 100m).ToString(signed ? "+0.00;-0.00;0.00" : "0.0", Inv) + "%"
        : "n/a";

    private static string Factor(decimal? factor) => factor is { } f ? f.ToString("0.00", Inv) : "n/a (no loss)";
}
