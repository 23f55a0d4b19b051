using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Market;

internal sealed partial class SimMarket
{
    public SimIndexQuote? Index(string indexCode, DateTimeOffset at)
    {
        var model = _model;
        var x = model.FindIndex(indexCode);
        if (x < 0 || !Resolve(model, at, out var a))
        {
            return null;
        }

        var def = model.Indexes[x];
        var path = model.Day(a.Day).Index(x);
        var prev = a.Day > 0 ? model.IndexSummary(x, a.Day - 1) : new IndexDaySummary(path.PrevClose, path.PrevClose, path.PrevClose, path.PrevClose, 0, 0, path.PrevClose);
        var s = a.Session;
        if (a.Cutoff < 0)
        {
            var p0 = Round(path.PrevClose);
            var listings = def.Constituents.Length;
            return new SimIndexQuote(def.Code, def.Name, at, a.Date, p0, p0, p0, p0, p0, 0, 0, prev.Volume, prev.TradingValue, 0, 0, listings, 0, 0);
        }

        var minutes = s.ContinuousMinutes;
        var point = a.Cutoff >= (s.Close - s.Open).TotalSeconds ? minutes + 1 : Math.Min(minutes, (int)Math.Floor(a.Cutoff / 60));
        double high = path.Values[0], low = path.Values[0];
        for (var p = 1; p <= point; p++)
        {
            high = Math.Max(high, path.Values[p]);
            low = Math.Min(low, path.Values[p]);
        }

        var final = a.Cutoff >= (s.AfterHoursStart - s.Open).TotalSeconds;
        var b = point * 5;
        return new SimIndexQuote(
            def.Code, def.Name, at, a.Date, Round(path.Values[point]), Round(path.PrevClose), Round(path.Values[0]), Round(high), Round(low),
            final ? path.FinalVolume : path.Volumes[point], final ? path.FinalTradingValue : path.TradingValues[point],
            prev.Volume, prev.TradingValue,
            path.Breadth[b], path.Breadth[b + 1], path.Breadth[b + 2], path.Breadth[b + 3], path.Breadth[b + 4]);
    }

    public IReadOnlyList<SimIndexDailyBar> IndexDailyBars(string indexCode, DateOnly from, DateOnly to, DateTimeOffset at)
    {
        var model = _model;
        var x = model.FindIndex(indexCode);
        var rows = new List<SimIndexDailyBar>();
        if (x < 0 || !Resolve(model, at, out var a))
        {
            return rows;
        }

        var last = Math.Min(model.Calendar.IndexAtOrBefore(to), a.Day);
        var days = new List<int>();
        for (var d = last; d >= 0 && model.Calendar.DayAt(d) >= from; d--)
        {
            days.Add(d);
        }

        // Past days need every constituent's intraday path once (then remembered): generate them in parallel.
        Parallel.ForEach(days.Where(d => d < a.Day || a.Cutoff == double.MaxValue), d => model.IndexSummary(x, d));
        foreach (var d in days)
        {
            var date = model.Calendar.DayAt(d);
            if (d == a.Day && a.Cutoff < double.MaxValue)
            {
                if (a.Cutoff < 0)
                {
                    continue;
                }

                var q = Index(indexCode, at)!;
                rows.Add(new SimIndexDailyBar(date, q.Open, q.High, q.Low, q.Value, q.Volume, q.TradingValue));
                continue;
            }

            var sum = model.IndexSummary(x, d);
            rows.Add(new SimIndexDailyBar(date, Round(sum.Open), Round(sum.High), Round(sum.Low), Round(sum.Close), sum.Volume, sum.TradingValue));
        }

        return rows;
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
