using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Calendar;
using KisTrader.Kis.Simulator.Market.Model;
using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Scenario;

/// <summary>
/// Applies a scenario to the synthetic universe: merges or adds scripted symbols, and turns their daily rows and scripted
/// days into pins of the daily walk (keyed by listing index and calendar day index) with every date, time and price
/// checked against the calendar and the tick grid.
/// </summary>
internal sealed class ScenarioOverlay
{
    private ScenarioOverlay(
        IReadOnlyList<ListingModel> listings,
        Dictionary<int, IReadOnlyDictionary<int, PinnedDay>> pins,
        Dictionary<(int Listing, int Day), ScenarioDay> scriptedDays)
    {
        Listings = listings;
        Pins = pins;
        ScriptedDays = scriptedDays;
    }

    public IReadOnlyList<ListingModel> Listings { get; }

    public IReadOnlyDictionary<int, IReadOnlyDictionary<int, PinnedDay>> Pins { get; }

    /// <summary>Days scripted intraday (bars or ticks, auctions, after-hours).</summary>
    public IReadOnlyDictionary<(int Listing, int Day), ScenarioDay> ScriptedDays { get; }

    public static ScenarioOverlay Build(int seed, UniverseOptions universe, SimCalendar calendar, SimScenario? scenario)
    {
        var specs = scenario?.ReplaceUniverse == true ? [] : UniverseBuilder.Build(seed, universe);
        var byCode = specs.Select((s, i) => (s.Listing.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var symbols = scenario?.Symbols ?? [];
        for (var i = 0; i < symbols.Length; i++)
        {
            var s = symbols[i];
            if (byCode.TryGetValue(s.Code, out var at))
            {
                specs[at] = Merge(specs[at], s);
            }
            else
            {
                byCode[s.Code] = specs.Count;
                specs.Add(New(s, $"symbols[{i}]", calendar.First));
            }
        }

        var listings = ListingSpec.Finalize(specs);
        var index = listings.ToDictionary(l => l.Listing.Code, l => l.Index, StringComparer.Ordinal);
        var pins = new Dictionary<int, IReadOnlyDictionary<int, PinnedDay>>();
        var scripted = new Dictionary<(int, int), ScenarioDay>();
        for (var i = 0; i < symbols.Length; i++)
        {
            var s = symbols[i];
            var model = listings[index[s.Code]];
            var path = $"symbols[{i}]";
            var own = new Dictionary<int, PinnedDay>();
            for (var j = 0; j < s.Daily.Length; j++)
            {
                var d = s.Daily[j];
                var day = TradingDay(calendar, d.Date, $"{path}.daily[{j}].date");
                OnGrid(model, $"{path}.daily[{j}]", d.Open, d.High, d.Low, d.Close);
                own[day] = new PinnedDay(d.Open, d.High, d.Low, d.Close, d.Volume, d.ClosingPriceVolume, 0f, false);
            }

            for (var j = 0; j < s.Days.Length; j++)
            {
                var d = s.Days[j];
                var p = $"{path}.days[{j}]";
                var day = TradingDay(calendar, d.Date, $"{p}.date");
                own[day] = Pin(model, calendar.Session(d.Date), d, p);
                scripted[(model.Index, day)] = d;
            }

            if (own.Count > 0)
            {
                pins[model.Index] = own;
            }
        }

        return new ScenarioOverlay(listings, pins, scripted);
    }

    private static ListingSpec Merge(ListingSpec spec, ScenarioSymbol s)
    {
        var l = spec.Listing;
        var listing = l with
        {
            Name = s.Name ?? l.Name,
            Market = s.Market ?? l.Market,
            Kind = s.Kind ?? l.Kind,
            SectorName = s.Sector ?? l.SectorName,
            ListedShares = s.ListedShares ?? l.ListedShares,
            FaceValue = s.FaceValue ?? l.FaceValue,
            Halted = s.Halted ?? l.Halted,
            Administrative = s.Administrative ?? l.Administrative,
            Warning = s.Warning ?? l.Warning,
        };
        var anchor = s.Price ?? FirstPrice(s) ?? spec.AnchorPrice;
        var volume = s.DailyVolume ?? spec.BaseVolume * spec.AnchorPrice / anchor;
        return new ListingSpec(listing, anchor, s.Volatility ?? spec.Volatility, spec.Beta, volume, 0);
    }

    private static ListingSpec New(ScenarioSymbol s, string path, DateOnly historyStart)
    {
        if (s.Name is null || s.Market is null)
        {
            throw new ScenarioException($"{path}: code {s.Code} is not in the universe, so name and market are required.");
        }

        var anchor = s.Price ?? FirstPrice(s) ?? throw new ScenarioException($"{path}: give price (or a daily row / scripted day) for new code {s.Code}.");
        var shares = s.ListedShares ?? 10_000_000;
        var kind = s.Kind ?? (s.Code.StartsWith('Q') ? SimListingKind.Etn : SimListingKind.Stock);
        var listing = new SimListing(
            s.Code, s.Name, Isin.For(s.Code), s.Market.Value, kind, s.Sector ?? "기타", shares, s.FaceValue ?? 500,
            historyStart.AddYears(-1), s.Halted ?? false, s.Administrative ?? false, s.Warning ?? SimMarketWarning.None);
        return new ListingSpec(listing, anchor, s.Volatility ?? 0.02, 1.0, s.DailyVolume ?? shares * 0.01, 0);
    }

    private static int? FirstPrice(ScenarioSymbol s)
    {
        var daily = s.Daily.OrderBy(d => d.Date).Select(d => (d.Date, d.Open)).FirstOrDefault();
        var day = s.Days.OrderBy(d => d.Date).Select(d => (d.Date, Open: d.OpeningAuction?.Price ?? (d.Bars.Length > 0 ? d.Bars[0].Open : d.Ticks.Length > 0 ? d.Ticks[0].Price : 0))).FirstOrDefault();
        if (daily.Open > 0 && (day.Open <= 0 || daily.Date <= day.Date))
        {
            return daily.Open;
        }

        return day.Open > 0 ? day.Open : null;
    }

    private static int TradingDay(SimCalendar calendar, DateOnly date, string path)
    {
        var day = calendar.IndexOf(date);
        return day >= 0 ? day : throw new ScenarioException($"{path} {date:yyyy-MM-dd} is not a trading day of the calendar (or is before the history start).");
    }

    private static void OnGrid(ListingModel m, string path, params int[] prices)
    {
        foreach (var p in prices)
        {
            if (p % PriceGrid.Tick(p, m.EtfTick) != 0)
            {
                throw new ScenarioException($"{path}: price {p} is not on the tick grid (tick {PriceGrid.Tick(p, m.EtfTick)}).");
            }
        }
    }

    private static PinnedDay Pin(ListingModel m, SimSession session, ScenarioDay d, string path)
    {
        var minutes = session.ContinuousMinutes;
        foreach (var (b, j) in d.Bars.Select((b, j) => (b, j)))
        {
            var minute = (int)(b.Time - session.Open).TotalMinutes;
            if (b.Time < session.Open || minute >= minutes)
            {
                throw new ScenarioException($"{path}.bars[{j}].time {b.Time:HH\\:mm} is outside the continuous session {session.Open:HH\\:mm}–{session.ClosingAuctionStart:HH\\:mm}.");
            }

            OnGrid(m, $"{path}.bars[{j}]", b.Open, b.High, b.Low, b.Close);
        }

        foreach (var (t, j) in d.Ticks.Select((t, j) => (t, j)))
        {
            if (t.Time < session.Open || t.Time >= session.ClosingAuctionStart)
            {
                throw new ScenarioException($"{path}.ticks[{j}].time {t.Time:HH\\:mm\\:ss} is outside the continuous session {session.Open:HH\\:mm}–{session.ClosingAuctionStart:HH\\:mm}.");
            }

            OnGrid(m, $"{path}.ticks[{j}]", t.Price);
        }

        var firstBarAtOpen = d.Bars.Length > 0 && d.Bars[0].Time == session.Open ? d.Bars[0] : null;
        var open = d.OpeningAuction?.Price ?? firstBarAtOpen?.Open ?? (d.Bars.Length > 0 ? d.Bars[0].Open : d.Ticks.Length > 0 ? d.Ticks[0].Price : 0);
        if (open <= 0)
        {
            throw new ScenarioException($"{path}: a scripted day needs an openingAuction, bars or ticks.");
        }

        if (firstBarAtOpen is not null && d.OpeningAuction is not null && firstBarAtOpen.Open != d.OpeningAuction.Price)
        {
            throw new ScenarioException($"{path}: the {session.Open:HH\\:mm} bar must open at the opening auction price {d.OpeningAuction.Price}.");
        }

        var last = d.Ticks.Length > 0 ? d.Ticks[^1].Price : d.Bars.Length > 0 ? d.Bars[^1].Close : open;
        var close = d.ClosingAuction?.Price ?? last;
        OnGrid(m, path, open, close);
        var volume = (d.OpeningAuction?.Volume ?? 0) + (d.ClosingAuction?.Volume ?? 0)
            + d.Bars.Sum(b => (long)b.BuyVolume + b.SellVolume) + d.Ticks.Sum(t => (long)t.Volume);
        var auctionTimes = session.AfterHoursAuctionTimes();
        var lastAfterHours = 0;
        foreach (var (a, j) in d.AfterHours.Select((a, j) => (a, j)))
        {
            if (!auctionTimes.Contains(a.Time))
            {
                throw new ScenarioException($"{path}.afterHours[{j}].time {a.Time:HH\\:mm} is not an after-hours auction time ({auctionTimes[0]:HH\\:mm} … {auctionTimes[^1]:HH\\:mm}).");
            }

            OnGrid(m, $"{path}.afterHours[{j}]", a.Price);
            if (a.Price > close * 1.1m || a.Price < close * 0.9m)
            {
                throw new ScenarioException($"{path}.afterHours[{j}].price {a.Price} is outside ±10% of the close {close}.");
            }

            lastAfterHours = a.Volume > 0 ? a.Price : lastAfterHours;
        }

        var prices = d.Bars.SelectMany(b => new[] { b.High, b.Low }).Concat(d.Ticks.Select(t => t.Price)).Append(open).Append(close).ToList();
        return new PinnedDay(
            open, prices.Max(), prices.Min(), close, volume, d.ClosingPriceVolume,
            lastAfterHours > 0 ? (float)((lastAfterHours / (double)close) - 1) : 0f, HasIntraday: true);
    }
}
