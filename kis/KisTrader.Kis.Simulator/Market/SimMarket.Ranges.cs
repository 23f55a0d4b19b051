using System.Collections.Concurrent;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Market;

internal sealed partial class SimMarket
{
    /// <summary>Entries kept in <see cref="_historyRanges"/> before it is emptied (a day's three ranges per listing fit easily).</summary>
    private const int MaxCachedHistoryRanges = 100_000;

    /// <summary>
    /// High/low of finished days' daily rows, per (model, listing, from, last day): they never change for a model, and
    /// inquire-price asks three of them (250-day, year, 52-week) on every call.
    /// </summary>
    private readonly ConcurrentDictionary<(MarketModel Model, int Listing, DateOnly From, int Last), HistoryRange> _historyRanges = new();

    /// <summary>The model the cache was filled for: a scenario load replaces the model, and the old one must not stay alive.</summary>
    private MarketModel? _historyRangesModel;

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
        if (last >= 0 && last == a.Day && a.Cutoff < double.MaxValue)
        {
            // Today as of the cut-off (never the rest of the day), then the finished days.
            var date = model.Calendar.DayAt(last);
            if (date >= from)
            {
                var st = RegularState.Compute(model.Day(last).Listing(i), a.Session, a.Cutoff);
                if (st.AnyTrade)
                {
                    range.Add(st.High, date);
                    range.Add(st.Low, date);
                }
            }

            last--;
        }

        if (last >= 0 && model.Calendar.DayAt(last) >= from)
        {
            if (_historyRanges.Count > MaxCachedHistoryRanges || !ReferenceEquals(Volatile.Read(ref _historyRangesModel), model))
            {
                // A racing thread may clear entries another just added: they are recomputed, the key keeps answers right.
                _historyRanges.Clear();
                Volatile.Write(ref _historyRangesModel, model);
            }

            var history = _historyRanges.GetOrAdd((model, i, from, last), static key => HistoryRange.Of(key.Model, key.Listing, key.From, key.Last));
            range.Add(history.High, history.HighDate);
            range.Add(history.Low, history.LowDate);
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

    /// <summary>High and low (with their most recent dates) of the daily rows of days <c>last</c> back to <c>from</c>.</summary>
    private sealed record HistoryRange(decimal High, DateOnly HighDate, decimal Low, DateOnly LowDate)
    {
        public static HistoryRange Of(MarketModel model, int listing, DateOnly from, int last)
        {
            var range = new RangeBuilder();
            for (var d = last; d >= 0 && model.Calendar.DayAt(d) >= from; d--)
            {
                var date = model.Calendar.DayAt(d);
                var row = model.Daily.Row(listing, d);
                range.Add(row.Open, date);
                range.Add(row.Close, date);
            }

            var result = range.Result()!;
            return new HistoryRange(result.High, result.HighDate, result.Low, result.LowDate);
        }
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
