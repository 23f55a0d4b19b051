using System.Collections.Immutable;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Market;

internal sealed partial class SimMarket
{
    /// <summary>Levels of the after-hours book (H0STOAA0).</summary>
    public const int AfterHoursBookLevels = 9;

    public IReadOnlyList<SimDailyBar> DailyBars(string code, DateOnly from, DateOnly to, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        var rows = new List<SimDailyBar>();
        if (i < 0 || !Resolve(model, at, out var a))
        {
            return rows;
        }

        for (var d = Math.Min(model.Calendar.IndexAtOrBefore(to), a.Day); d >= 0 && model.Calendar.DayAt(d) >= from; d--)
        {
            var row = model.Daily.Row(i, d);
            var date = model.Calendar.DayAt(d);
            if (d == a.Day && a.Cutoff < double.MaxValue)
            {
                if (a.Cutoff < 0)
                {
                    continue;
                }

                var st = RegularState.Compute(model.Day(d).Listing(i), a.Session, a.Cutoff);
                var open = st.AnyTrade ? st.OpenPrice : row.BasePrice;
                rows.Add(new SimDailyBar(date, open, st.AnyTrade ? st.High : open, st.AnyTrade ? st.Low : open, st.Price, st.Volume, st.Value, row.BasePrice));
                continue;
            }

            var summary = model.Summary(i, d);
            rows.Add(new SimDailyBar(date, row.Open, summary.High, summary.Low, row.Close, row.TotalVolume, summary.TradingValue, row.BasePrice));
        }

        return rows;
    }

    public SimAfterHoursQuote? AfterHours(string code, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !Resolve(model, at, out var a))
        {
            return null;
        }

        // Before today's close the band's base is unknown: show the previous session's final after-hours state.
        var closeSecond = (a.Session.Close - a.Session.Open).TotalSeconds;
        var today = a.Cutoff >= closeSecond;
        if (!today && a.Day == 0)
        {
            return null;
        }

        var day = today ? a.Day : a.Day - 1;
        var data = model.Day(day);
        var s = data.Session;
        var ah = data.AfterHours(i);
        var time = today ? a.Time : TimeOnly.MaxValue;
        var phase = today ? a.Phase : SimPhase.Closed;

        decimal? open = null, high = null, low = null, last = null;
        DateTimeOffset? lastAt = null;
        long lastVolume = 0, volume = 0;
        decimal value = 0;
        var next = -1;
        for (var k = 0; k < ah.Times.Length; k++)
        {
            if (ah.Times[k] > time)
            {
                next = next < 0 ? k : next;
                continue;
            }

            if (ah.Volumes[k] <= 0)
            {
                continue;
            }

            decimal p = ah.Prices[k];
            open ??= p;
            high = high is null ? p : Math.Max(high.Value, p);
            low = low is null ? p : Math.Min(low.Value, p);
            (last, lastAt, lastVolume) = (p, s.At(ah.Times[k]), ah.Volumes[k]);
            volume += ah.Volumes[k];
            value += p * ah.Volumes[k];
        }

        decimal? indicative = null;
        long indicativeVolume = 0;
        if (phase == SimPhase.AfterHours && next >= 0 && !data.Listing(i).Halted)
        {
            (var price, indicativeVolume) = Indicative(ah, s, next, time, (int)(last ?? ah.BasePrice), model.Models[i].EtfTick);
            indicative = price;
        }

        var book = phase == SimPhase.AfterHours && !data.Listing(i).Halted
            ? AfterHoursBook(model, i, ah, data.Listing(i).Row.Volume, (int)(indicative ?? last ?? ah.BasePrice), (long)(time - s.AfterHoursStart).TotalMinutes, at, phase)
            : new SimBook(model.Listings[i].Code, at, phase, [], []);
        return new SimAfterHoursQuote(
            model.Listings[i].Code, at, data.Date, phase, ah.BasePrice, ah.Upper, ah.Lower, open, high, low, last, lastAt, lastVolume, volume, value,
            indicative, indicativeVolume, book);
    }

    public IReadOnlyList<SimAuction> AfterHoursAuctions(string code, DateOnly date, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !ResolveDate(model, date, at, out var a))
        {
            return [];
        }

        var data = model.Day(a.Day);
        var ah = data.AfterHours(i);
        var list = new List<SimAuction>();
        for (var k = 0; k < ah.Times.Length && ah.Times[k] <= a.Time; k++)
        {
            list.Add(new SimAuction(data.Session.At(ah.Times[k]), SimAuctionKind.AfterHours, ah.Prices[k], ah.Volumes[k]));
        }

        return list;
    }

    public IReadOnlyList<SimAfterHoursDailyBar> AfterHoursDailyBars(string code, DateOnly from, DateOnly to, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        var rows = new List<SimAfterHoursDailyBar>();
        if (i < 0 || !Resolve(model, at, out var a))
        {
            return rows;
        }

        for (var d = Math.Min(model.Calendar.IndexAtOrBefore(to), a.Day); d >= 0 && model.Calendar.DayAt(d) >= from; d--)
        {
            var date = model.Calendar.DayAt(d);
            var close = model.Daily.Row(i, d).Close;
            if (d == a.Day && a.Cutoff < double.MaxValue)
            {
                if (a.Time < a.Session.AfterHoursStart)
                {
                    continue;
                }

                var q = AfterHours(code, at)!;
                rows.Add(new SimAfterHoursDailyBar(date, close, q.Open, q.High, q.Low, q.Last, q.Volume, q.TradingValue));
                continue;
            }

            var s = model.Summary(i, d).AfterHours;
            rows.Add(s.Volume > 0
                ? new SimAfterHoursDailyBar(date, close, s.Open, s.High, s.Low, s.Last, s.Volume, s.TradingValue)
                : new SimAfterHoursDailyBar(date, close, null, null, null, null, 0, 0));
        }

        return rows;
    }

    /// <summary>
    /// Indicative price/volume of the next after-hours auction <paramref name="next"/> at a time before it: moves from the last
    /// match (or the close) towards the coming match, minute by minute.
    /// </summary>
    private static (int Price, long Volume) Indicative(AfterHoursDay ah, SimSession s, int next, TimeOnly time, int from, bool etf)
    {
        var previousTime = next == 0 ? s.AfterHoursStart : ah.Times[next - 1];
        var steps = Math.Max(1, (int)(ah.Times[next] - previousTime).TotalMinutes);
        var fraction = Math.Min(1.0, ((int)(time - previousTime).TotalMinutes + 1) / (double)steps);
        var price = PriceGrid.Nearest(from + ((ah.Prices[next] - from) * fraction), etf);
        return (Math.Clamp(price, ah.Lower, ah.Upper), (long)(ah.Volumes[next] * fraction));
    }

    private static SimBook AfterHoursBook(MarketModel model, int i, AfterHoursDay ah, long dayVolume, int center, long bucket, DateTimeOffset at, SimPhase phase)
    {
        var m = model.Models[i];
        var code = m.Listing.Code;
        var perLevel = Math.Max(1.0, dayVolume * 0.0005);
        var asks = ImmutableArray.CreateBuilder<SimBookLevel>(AfterHoursBookLevels);
        var bids = ImmutableArray.CreateBuilder<SimBookLevel>(AfterHoursBookLevels);
        int ask = center, bid = PriceGrid.Step(center, -1, m.EtfTick);
        var key = SimRng.Key(model.Seed, RngStream.Book, m.Key, KstTime.DateOf(at).DayNumber);
        for (var k = 0; k < AfterHoursBookLevels; k++)
        {
            if (ask <= ah.Upper)
            {
                asks.Add(new SimBookLevel(ask, Depth(key, bucket, k, 0, perLevel)));
                ask = PriceGrid.Step(ask, 1, m.EtfTick);
            }

            if (bid >= ah.Lower && bid > 0)
            {
                bids.Add(new SimBookLevel(bid, Depth(key, bucket, k, 1, perLevel)));
                bid = PriceGrid.Step(bid, -1, m.EtfTick);
            }
        }

        return new SimBook(code, at, phase, asks.ToImmutable(), bids.ToImmutable());
    }
}
