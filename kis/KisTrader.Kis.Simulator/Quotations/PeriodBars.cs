using System.Globalization;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>A bar of any period (D/W/M/Y) for chart endpoints; Date is the period's last trading day.</summary>
internal sealed record PeriodBar(DateOnly Date, decimal Open, decimal High, decimal Low, decimal Close, long Volume, decimal TradingValue, decimal PrevClose);

/// <summary>Groups daily bars (newest first) into weeks (ISO), months or years (FID_PERIOD_DIV_CODE W/M/Y).</summary>
internal static class PeriodBars
{
    public static bool IsPeriod(string code) => code is "D" or "W" or "M" or "Y";

    public static List<PeriodBar> Group(IReadOnlyList<PeriodBar> dailyNewestFirst, string period)
    {
        if (period == "D")
        {
            return [.. dailyNewestFirst];
        }

        var groups = new List<PeriodBar>();
        foreach (var g in dailyNewestFirst.GroupBy(d => Key(d.Date, period)))
        {
            var days = g.ToList(); // newest first within the group
            groups.Add(new PeriodBar(
                days[0].Date, days[^1].Open, days.Max(d => d.High), days.Min(d => d.Low), days[0].Close,
                days.Sum(d => d.Volume), days.Sum(d => d.TradingValue), days[^1].PrevClose));
        }

        return groups;
    }

    private static int Key(DateOnly date, string period) => period switch
    {
        "W" => (ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)) * 100) + ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)),
        "M" => (date.Year * 100) + date.Month,
        _ => date.Year,
    };
}
