using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Market;

internal sealed partial class SimMarket
{
    public SimPriceRange? PriceRange(string code, DateOnly from, DateOnly to, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !Resolve(model, at, out var a))
        {
            return null;
        }

        var range = new RangeBuilder();
        var last = Math.Min(model.Calendar.IndexAtOrBefore(to), a.Day);
        for (var d = last; d >= 0 && model.Calendar.DayAt(d) >= from; d--)
        {
            var date = model.Calendar.DayAt(d);
            if (d == a.Day && a.Cutoff < double.MaxValue)
            {
                var st = RegularState.Compute(model.Day(d).Listing(i), a.Session, a.Cutoff);
                if (st.AnyTrade)
                {
                    range.Add(st.High, date);
                    range.Add(st.Low, date);
                }

                continue;
            }

            var row = model.Daily.Row(i, d);
            range.Add(row.Open, date);
            range.Add(row.Close, date);
        }

        return range.Result();
    }

    public SimPriceRange? IndexRange(string indexCode, DateOnly from, DateOnly to, DateTimeOffset at)
    {
        var model = _model;
        var x = model.FindIndex(indexCode);
        if (x < 0 || !Resolve(model, at, out var a))
        {
            return null;
        }

        var range = new RangeBuilder();
        var last = Math.Min(model.Calendar.IndexAtOrBefore(to), a.Day);
        for (var d = last; d >= 0 && model.Calendar.DayAt(d) >= from; d--)
        {
            var date = model.Calendar.DayAt(d);
            if (d == a.Day && a.Cutoff < double.MaxValue)
            {
                if (a.Cutoff >= 0 && Index(indexCode, at) is { } q)
                {
                    range.Add(q.High, date);
                    range.Add(q.Low, date);
                }

                continue;
            }

            range.Add(Round(model.IndexClose(x, d)), date);
        }

        return range.Result();
    }

    private sealed class RangeBuilder
    {
        private decimal? _high;
        private decimal? _low;
        private DateOnly _highDate;
        private DateOnly _lowDate;

        public void Add(decimal value, DateOnly date)
        {
            // Walking newest to oldest: keep the most recent date of an equal extreme.
            if (_high is null || value > _high)
            {
                (_high, _highDate) = (value, date);
            }

            if (_low is null || value < _low)
            {
                (_low, _lowDate) = (value, date);
            }
        }

        public SimPriceRange? Result() => _high is null ? null : new SimPriceRange(_high.Value, _highDate, _low!.Value, _lowDate);
    }
}
