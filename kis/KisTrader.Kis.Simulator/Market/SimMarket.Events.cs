using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Market;

internal sealed partial class SimMarket
{
    public IReadOnlyList<SimMarketEvent> Events(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, IReadOnlyCollection<string>? codes)
    {
        var model = _model;
        var events = new List<(SimMarketEvent Event, int Order)>();
        if (toInclusive <= fromExclusive)
        {
            return [];
        }

        var listings = new List<int>();
        var indexes = new List<int>();
        if (codes is null)
        {
            listings.AddRange(Enumerable.Range(0, model.Models.Count));
            indexes.AddRange(Enumerable.Range(0, model.Indexes.Count));
        }
        else
        {
            foreach (var code in codes)
            {
                var x = model.FindIndex(code);
                var i = x < 0 ? model.Find(code) : -1;
                if (x >= 0 && !indexes.Contains(x))
                {
                    indexes.Add(x);
                }
                else if (i >= 0 && !listings.Contains(i))
                {
                    listings.Add(i);
                }
            }

            listings.Sort();
        }

        for (var date = KstTime.DateOf(fromExclusive); date <= KstTime.DateOf(toInclusive); date = date.AddDays(1))
        {
            var day = model.Calendar.IndexOf(date);
            if (day < 0)
            {
                continue;
            }

            var s = model.Calendar.Session(date);
            if (toInclusive < s.At(s.PreOpen) || fromExclusive >= s.At(s.AfterHoursEnd))
            {
                continue;
            }

            var data = model.Day(day);
            if (listings.Count > 64 || indexes.Count > 0)
            {
                data.EnsureAll();
            }

            foreach (var i in listings)
            {
                ListingEvents(model, data, i, fromExclusive, toInclusive, events);
            }

            foreach (var x in indexes)
            {
                IndexEvents(model, data, x, fromExclusive, toInclusive, events);
            }
        }

        return [.. events.OrderBy(e => e.Event.At).ThenBy(e => e.Order).ThenBy(e => e.Event.Kind).Select(e => e.Event)];
    }

    private static void ListingEvents(MarketModel model, DayData data, int i, DateTimeOffset from, DateTimeOffset to, List<(SimMarketEvent, int)> events)
    {
        var ld = data.Listing(i);
        if (ld.Halted)
        {
            return;
        }

        var m = model.Models[i];
        var code = m.Listing.Code;
        var s = data.Session;
        bool In(DateTimeOffset t) => t > from && t <= to;
        void Add(DateTimeOffset at, SimEventKind kind, decimal price, long volume, SimSide side) => events.Add((new SimMarketEvent(at, kind, code, price, volume, side), i));

        // Opening / closing intake: one indicative update per minute.
        IntakeEvents(m, ld, s, s.PreOpen, s.Open, true, ld.Row.BasePrice, ld.Row.Open, ld.OpenAuctionVolume, In, Add);
        var closeStart = s.At(s.ClosingAuctionStart);
        if (In(closeStart) || (to > closeStart && from < s.At(s.Close)))
        {
            var last = ld.Minutes > 0 ? ld.Close(ld.Minutes - 1) : ld.Row.Open;
            IntakeEvents(m, ld, s, s.ClosingAuctionStart, s.Close, false, last, ld.Row.Close, ld.CloseAuctionVolume, In, Add);
        }

        var open = s.At(s.Open);
        if (In(open))
        {
            Add(open, SimEventKind.OpeningAuction, ld.Row.Open, ld.OpenAuctionVolume, SimSide.Auction);
        }

        var close = s.At(s.Close);
        if (In(close))
        {
            Add(close, SimEventKind.ClosingAuction, ld.Row.Close, ld.CloseAuctionVolume, SimSide.Auction);
        }

        var fromSecond = (from - open).TotalSeconds;
        var toSecond = (to - open).TotalSeconds;
        var continuousEnd = ld.Minutes * 60;
        foreach (var p in DayPrints(ld, s, fromSecond, toSecond))
        {
            // Exact to the millisecond: the quote at this instant counts the prints through this one.
            var at = KstTime.AtMs(s, p.Ms);
            if (p.Side == SimSide.Auction)
            {
                if (p.Second > continuousEnd && at > close)
                {
                    Add(at, SimEventKind.ClosingPriceTrade, p.Price, p.Volume, SimSide.Auction);
                }

                continue;
            }

            Add(at, SimEventKind.Trade, p.Price, p.Volume, p.Side);
            var ask = p.Side == SimSide.Buy ? p.Price : PriceGrid.Step(p.Price, 1, m.EtfTick);
            var perPrint = Math.Max(1.0, ld.Row.Volume / (double)(Math.Max(1, ld.Minutes) * 3));
            Add(at, SimEventKind.QuoteChange, ask, Depth(ld.TimeKey, p.Second, 0, 0, perPrint * (m.EtfTick ? 3.0 : 1.0)), SimSide.Auction);
        }

        if (to <= s.At(s.AfterHoursStart) || from >= s.At(s.AfterHoursEnd))
        {
            return;
        }

        var ah = data.AfterHours(i);
        var lastMatch = ah.BasePrice;
        var next = 0;
        for (var t = s.AfterHoursStart; t < s.AfterHoursEnd; t = t.AddMinutes(1))
        {
            while (next < ah.Times.Length && ah.Times[next] <= t)
            {
                lastMatch = ah.Volumes[next] > 0 ? ah.Prices[next] : lastMatch;
                if (In(s.At(ah.Times[next])))
                {
                    Add(s.At(ah.Times[next]), SimEventKind.AfterHoursMatch, ah.Prices[next], ah.Volumes[next], SimSide.Auction);
                }

                next++;
            }

            if (next < ah.Times.Length && In(s.At(t)))
            {
                var (price, volume) = Indicative(ah, s, next, t, lastMatch, m.EtfTick);
                Add(s.At(t), SimEventKind.AfterHoursIndicative, price, volume, SimSide.Auction);
            }
        }

        if (next < ah.Times.Length && In(s.At(ah.Times[next])))
        {
            Add(s.At(ah.Times[next]), SimEventKind.AfterHoursMatch, ah.Prices[next], ah.Volumes[next], SimSide.Auction);
        }
    }

    private static void IntakeEvents(
        Universe.ListingModel m, ListingDay ld, SimSession s, TimeOnly start, TimeOnly end, bool preOpen, int from, int to, long volume,
        Func<DateTimeOffset, bool> inWindow, Action<DateTimeOffset, SimEventKind, decimal, long, SimSide> add)
    {
        var steps = Math.Max(1, (int)(end - start).TotalMinutes);
        for (var j = 0; j < steps; j++)
        {
            var at = s.At(start.AddMinutes(j));
            if (inWindow(at))
            {
                var (price, v) = ExpectedStep(m, ld, preOpen, j, steps, from, to, volume);
                add(at, SimEventKind.ExpectedPrice, price ?? to, v, SimSide.Auction);
            }
        }
    }

    private static void IndexEvents(MarketModel model, DayData data, int x, DateTimeOffset from, DateTimeOffset to, List<(SimMarketEvent, int)> events)
    {
        var s = data.Session;
        var open = s.At(s.Open);
        var close = s.At(s.Close);
        if (to < open || from >= close)
        {
            return;
        }

        var path = data.Index(x);
        var code = model.Indexes[x].Code;
        for (var p = 0; p < path.Points; p++)
        {
            var at = p == path.Points - 1 ? close : open.AddMinutes(p);
            if (at > from && at <= to)
            {
                events.Add((new SimMarketEvent(at, SimEventKind.IndexTick, code, Round(path.Values[p]), path.Volumes[p], SimSide.Auction), int.MaxValue - model.Indexes.Count + x));
            }
        }
    }
}
