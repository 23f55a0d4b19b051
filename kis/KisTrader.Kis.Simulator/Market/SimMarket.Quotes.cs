using System.Collections.Immutable;
using KisTrader.Kis.Simulator.Market.Model;
using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Market;

internal sealed partial class SimMarket
{
    /// <summary>Levels of the regular book (H0STASP0).</summary>
    public const int RegularBookLevels = 10;

    public SimQuote? Quote(string code, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !Resolve(model, at, out var a))
        {
            return null;
        }

        return QuoteOf(model, i, model.Day(a.Day).Listing(i), a, at);
    }

    public IReadOnlyList<SimQuote> Quotes(DateTimeOffset at)
    {
        var model = _model;
        if (!Resolve(model, at, out var a))
        {
            return [];
        }

        var day = model.Day(a.Day);
        day.EnsureAll();
        var quotes = new SimQuote[model.Models.Count];
        Parallel.For(0, quotes.Length, i => quotes[i] = QuoteOf(model, i, day.Listing(i), a, at));
        return quotes;
    }

    public SimBook? Book(string code, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !Resolve(model, at, out var a))
        {
            return null;
        }

        var ld = model.Day(a.Day).Listing(i);
        var st = RegularState.Compute(ld, a.Session, a.Cutoff);
        var (asks, bids) = RegularBook(model.Models[i], ld, a, st, RegularBookLevels);
        return new SimBook(model.Listings[i].Code, at, a.Phase, asks, bids);
    }

    public IReadOnlyList<SimMinuteBar> MinuteBars(string code, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !Resolve(model, at, out var a) || a.Cutoff < 0)
        {
            return [];
        }

        var ld = model.Day(a.Day).Listing(i);
        if (ld.Halted)
        {
            return [];
        }

        var s = a.Session;
        var bars = new List<SimMinuteBar>(ld.Minutes + 1);
        var full = Math.Clamp((int)Math.Floor(a.Cutoff / 60), 0, ld.Minutes);
        for (var m = 0; m < full; m++)
        {
            bars.Add(new SimMinuteBar(
                KstTime.AtSecond(s, m * 60), D(ld.Open(m)), D(ld.High(m)), D(ld.Low(m)), D(ld.Close(m)),
                ld.Volume(m), ld.Buy(m), ld.Sell(m), ld.Values[m]));
        }

        if (full < ld.Minutes)
        {
            Span<RawPrint> buffer = stackalloc RawPrint[PrintSynth.MaxPrintsPerMinute];
            var auction = full == 0 ? ld.OpenAuctionVolume : 0;
            long volume = auction, buy = 0, sell = 0, value = auction * ld.Row.Open;
            int o = full == 0 ? ld.Row.Open : ld.Close(full - 1), h = o, l = o, c = o;
            var any = auction > 0;
            foreach (var p in ld.PrintsOf(full, buffer))
            {
                if (p.Time > a.Cutoff)
                {
                    break;
                }

                o = any ? o : p.Price;
                (h, l, c) = (any ? Math.Max(h, p.Price) : p.Price, any ? Math.Min(l, p.Price) : p.Price, p.Price);
                any = true;
                volume += p.Volume;
                value += (long)p.Price * p.Volume;
                buy += p.Side == SimSide.Buy ? p.Volume : 0;
                sell += p.Side == SimSide.Sell ? p.Volume : 0;
            }

            // The current minute appears with its first print (until then the newest bar is the previous minute).
            if (any)
            {
                bars.Add(new SimMinuteBar(KstTime.AtSecond(s, full * 60), o, h, l, c, volume, buy, sell, value));
            }
        }
        else if (a.Cutoff >= (s.Close - s.Open).TotalSeconds)
        {
            var close = D(ld.Row.Close);
            bars.Add(new SimMinuteBar(s.At(s.Close), close, close, close, close, ld.CloseAuctionVolume, 0, 0, ld.CloseAuctionVolume * ld.Row.Close));
        }

        return bars;
    }

    public IReadOnlyList<SimTrade> Trades(string code, DateTimeOffset fromExclusive, DateTimeOffset toInclusive)
    {
        var model = _model;
        var i = model.Find(code);
        var trades = new List<SimTrade>();
        if (i < 0 || toInclusive <= fromExclusive)
        {
            return trades;
        }

        for (var date = KstTime.DateOf(fromExclusive); date <= KstTime.DateOf(toInclusive); date = date.AddDays(1))
        {
            var day = model.Calendar.IndexOf(date);
            if (day < 0)
            {
                continue;
            }

            var data = model.Day(day);
            var ld = data.Listing(i);
            foreach (var p in DayPrints(ld, data.Session, (fromExclusive - data.Session.At(data.Session.Open)).TotalSeconds, (toInclusive - data.Session.At(data.Session.Open)).TotalSeconds))
            {
                trades.Add(new SimTrade(KstTime.AtMs(data.Session, p.Ms), p.Price, p.Volume, p.Side));
            }
        }

        return trades;
    }

    public SimAuction? OpeningAuction(string code, DateOnly date, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !ResolveDate(model, date, at, out var a) || a.Cutoff < 0)
        {
            return null;
        }

        var ld = model.Day(a.Day).Listing(i);
        return ld.Halted ? null : new SimAuction(a.Session.At(a.Session.Open), SimAuctionKind.Opening, ld.Row.Open, ld.OpenAuctionVolume);
    }

    public SimAuction? ClosingAuction(string code, DateOnly date, DateTimeOffset at)
    {
        var model = _model;
        var i = model.Find(code);
        if (i < 0 || !ResolveDate(model, date, at, out var a) || a.Cutoff < (a.Session.Close - a.Session.Open).TotalSeconds)
        {
            return null;
        }

        var ld = model.Day(a.Day).Listing(i);
        return ld.Halted ? null : new SimAuction(a.Session.At(a.Session.Close), SimAuctionKind.Closing, ld.Row.Close, ld.CloseAuctionVolume);
    }

    private static SimQuote QuoteOf(MarketModel model, int i, ListingDay ld, AsOf a, DateTimeOffset at)
    {
        var st = RegularState.Compute(ld, a.Session, a.Cutoff);
        var (expected, expectedVolume) = Expected(model.Models[i], ld, a, st);
        var (asks, bids) = RegularBook(model.Models[i], ld, a, st, 1);
        DateTimeOffset? AtSec(double second) => st.AnyTrade ? KstTime.AtMs(a.Session, (long)Math.Round(second * 1000)) : null;
        return new SimQuote(
            model.Listings[i].Code,
            at,
            a.Date,
            a.Phase,
            BasisOf(model, i, a.Day),
            st.Price,
            st.AnyTrade ? st.OpenPrice : null,
            st.AnyTrade ? st.High : null,
            st.AnyTrade ? st.Low : null,
            st.Volume,
            st.Value,
            st.Buy,
            st.Sell,
            st.BuyCount,
            st.SellCount,
            st.LastVolume,
            AtSec(st.LastSecond),
            st.LastSide,
            AtSec(st.OpenSecond),
            AtSec(st.HighSecond),
            AtSec(st.LowSecond),
            asks.IsEmpty ? 0 : asks[0].Price,
            bids.IsEmpty ? 0 : bids[0].Price,
            expected,
            expectedVolume,
            a.Cutoff >= (a.Session.Close - a.Session.Open).TotalSeconds);
    }

    /// <summary>Auction indicative price/volume during the opening (pre-open) or closing single-price intake.</summary>
    private static (decimal? Price, long Volume) Expected(ListingModel m, ListingDay ld, AsOf a, in RegularState st)
    {
        if (ld.Halted || a.Phase is not (SimPhase.PreOpen or SimPhase.ClosingAuction))
        {
            return (null, 0);
        }

        var s = a.Session;
        var preOpen = a.Phase == SimPhase.PreOpen;
        var (start, end) = preOpen ? (s.PreOpen, s.Open) : (s.ClosingAuctionStart, s.Close);
        var (from, to, volume) = preOpen ? (ld.Row.BasePrice, ld.Row.Open, ld.OpenAuctionVolume) : (st.ContinuousLast, ld.Row.Close, ld.CloseAuctionVolume);
        var steps = Math.Max(1, (int)(end - start).TotalMinutes);
        var j = Math.Clamp((int)(a.Time - start).TotalMinutes, 0, steps - 1);
        return ExpectedStep(m, ld, preOpen, j, steps, from, to, volume);
    }

    /// <summary>The indicative price/volume in minute <paramref name="j"/> of an auction intake of <paramref name="steps"/> minutes.</summary>
    private static (decimal? Price, long Volume) ExpectedStep(ListingModel m, ListingDay ld, bool preOpen, int j, int steps, int from, int to, long volume)
    {
        var fraction = (j + 1) / (double)steps;
        var price = PriceGrid.Nearest(from + ((to - from) * fraction), m.EtfTick);
        if (j < steps - 1)
        {
            var wobble = (int)(SimRng.Hash01(ld.TimeKey, (preOpen ? -100 : -200) - j) * 3) - 1;
            price = Math.Clamp(PriceGrid.Step(price, wobble, m.EtfTick), ld.Row.Lower, ld.Row.Upper);
        }

        return (price, (long)(volume * fraction));
    }

    /// <summary>
    /// The regular book: best quotes next to the last print (a buy print lifted the ask, so the ask sits at the price; a sell
    /// print hit the bid), or around the auction indicative price during an intake; depth from the listing's liquidity.
    /// </summary>
    private static (ImmutableArray<SimBookLevel> Asks, ImmutableArray<SimBookLevel> Bids) RegularBook(ListingModel m, ListingDay ld, AsOf a, in RegularState st, int levels)
    {
        if (ld.Halted)
        {
            return ([], []);
        }

        var etf = m.EtfTick;
        var (expected, _) = Expected(m, ld, a, st);
        int ask, bid;
        if (expected is { } e)
        {
            ask = (int)e;
            bid = PriceGrid.Step(ask, -1, etf);
        }
        else if (st.LastSide == SimSide.Buy)
        {
            ask = st.Price;
            bid = PriceGrid.Step(ask, -1, etf);
        }
        else
        {
            bid = st.Price;
            ask = PriceGrid.Step(bid, 1, etf);
        }

        var perPrint = Math.Max(1.0, ld.Row.Volume / (double)(Math.Max(1, ld.Minutes) * 3));
        var lp = m.Listing.Kind is SimListingKind.Etf or SimListingKind.Etn ? 3.0 : 1.0;
        var bucket = a.Cutoff < 0 ? (long)a.Cutoff / 60 : (long)st.LastSecond;
        var asks = ImmutableArray.CreateBuilder<SimBookLevel>(levels);
        var bids = ImmutableArray.CreateBuilder<SimBookLevel>(levels);
        for (var k = 0; k < levels; k++)
        {
            if (ask <= ld.Row.Upper)
            {
                asks.Add(new SimBookLevel(ask, Depth(ld.TimeKey, bucket, k, 0, perPrint * lp)));
                ask = PriceGrid.Step(ask, 1, etf);
            }

            if (bid >= ld.Row.Lower && bid > 0)
            {
                bids.Add(new SimBookLevel(bid, Depth(ld.TimeKey, bucket, k, 1, perPrint * lp)));
                bid = bid <= PriceGrid.Tick(bid, etf) ? 0 : PriceGrid.Step(bid, -1, etf);
            }
        }

        return (asks.ToImmutable(), bids.ToImmutable());
    }

    private static long Depth(ulong key, long bucket, int level, int side, double perPrint)
    {
        var u = SimRng.Hash01(key ^ 0x5DEECE66DUL, (bucket * 64) + (level * 2) + side);
        return Math.Max(1, (long)(perPrint * (0.4 + (2.2 * u)) * (1 + (0.12 * level))));
    }

    /// <summary>All prints of a listing-day with times (seconds since the open) in (from, to], in time order.</summary>
    private static IEnumerable<RawPrint> DayPrints(ListingDay ld, SimSession s, double fromExclusive, double toInclusive)
    {
        if (ld.Halted)
        {
            yield break;
        }

        if (ld.OpenAuctionVolume > 0 && fromExclusive < 0 && toInclusive >= 0)
        {
            yield return new RawPrint(0, ld.Row.Open, (int)Math.Min(int.MaxValue, ld.OpenAuctionVolume), SimSide.Auction);
        }

        var first = Math.Max(0, (int)Math.Floor(fromExclusive / 60));
        var last = Math.Min(ld.Minutes - 1, (int)Math.Floor(Math.Min(toInclusive, ld.Minutes * 60.0) / 60));
        var buffer = new RawPrint[Math.Max(PrintSynth.MaxPrintsPerMinute, ld.Prints?.Length ?? 0)];
        for (var m = first; m <= last; m++)
        {
            var prints = ld.PrintsOf(m, buffer).ToArray();
            foreach (var p in prints)
            {
                if (p.Time > fromExclusive && p.Time <= toInclusive)
                {
                    yield return p;
                }
            }
        }

        var close = (s.Close - s.Open).TotalSeconds;
        if (ld.CloseAuctionVolume > 0 && close > fromExclusive && close <= toInclusive)
        {
            yield return new RawPrint((int)close, ld.Row.Close, (int)Math.Min(int.MaxValue, ld.CloseAuctionVolume), SimSide.Auction);
        }

        var closingPrice = new RawPrint[ClosingPriceSession.MaxPrints];
        foreach (var p in ClosingPriceSession.Prints(ld, s, closingPrice).ToArray())
        {
            if (p.Time > fromExclusive && p.Time <= toInclusive)
            {
                yield return p;
            }
        }
    }
}
