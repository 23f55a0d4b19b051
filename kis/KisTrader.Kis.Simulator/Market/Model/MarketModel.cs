using System.Collections.Concurrent;
using KisTrader.Kis.Simulator.Market.Calendar;
using KisTrader.Kis.Simulator.Market.Universe;
using KisTrader.Kis.Simulator.Scenario;

namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// One immutable market: (seed, scenario) → calendar, listings, daily walk, indices, and the caches of generated days
/// (a bounded LRU of whole days plus small permanent per-day summaries for history queries).
/// </summary>
internal sealed class MarketModel
{
    private readonly Dictionary<string, int> _byCode;
    private readonly ScenarioOverlay _overlay;
    private readonly int _cachedDays;
    private readonly LinkedList<DayData> _lru = new();
    private readonly Lock _lruLock = new();
    private readonly ConcurrentDictionary<(int Listing, int Day), DaySummary> _summaries = new();
    private readonly ConcurrentDictionary<(int Index, int Day), IndexDaySummary> _indexSummaries = new();

    public MarketModel(SimMarketOptions options, SimScenario? scenario)
    {
        Scenario = scenario;
        Seed = scenario?.Seed ?? options.Seed;
        var cal = scenario?.Calendar;
        Calendar = new SimCalendar(
            scenario?.HistoryStart ?? options.HistoryStart,
            options.CalendarYears,
            cal?.Holidays.ToDictionary(h => h.Date, h => h.Note),
            cal?.TradingDays,
            cal?.Special.Select(s => new SpecialDay(s.Date, s.Open, s.Close, s.Note)),
            cal?.UseBuiltIn ?? true);
        // Sub-counts scale with the requested size (the defaults describe the 950 / 1,750 universe).
        var defaults = new UniverseOptions();
        double kospi = options.KospiListings / (double)defaults.KospiListings, kosdaq = options.KosdaqListings / (double)defaults.KosdaqListings;
        var universe = new UniverseOptions(
            options.KospiListings,
            options.KosdaqListings,
            KospiEtfs: (int)Math.Round(defaults.KospiEtfs * kospi),
            KospiEtns: (int)Math.Round(defaults.KospiEtns * kospi),
            KospiReits: (int)Math.Round(defaults.KospiReits * kospi),
            KospiPreferred: (int)Math.Round(defaults.KospiPreferred * kospi),
            KosdaqSpacs: (int)Math.Round(defaults.KosdaqSpacs * kosdaq),
            KosdaqPreferred: (int)Math.Round(defaults.KosdaqPreferred * kosdaq));
        _overlay = ScenarioOverlay.Build(Seed, universe, Calendar, scenario);
        Models = _overlay.Listings;
        Listings = [.. Models.Select(m => m.Listing)];
        _byCode = Models.ToDictionary(m => m.Listing.Code, m => m.Index, StringComparer.Ordinal);
        Daily = new DailyModel(Seed, Calendar, Models, _overlay.Pins);
        _cachedDays = options.CachedDays;
        Indexes =
        [
            BuildIndex("0001", "종합", SimMarketId.Kospi, options.KospiBaseLevel),
            BuildIndex("1001", "코스닥", SimMarketId.Kosdaq, options.KosdaqBaseLevel),
        ];
    }

    public int Seed { get; }

    public SimScenario? Scenario { get; }

    public SimCalendar Calendar { get; }

    public IReadOnlyList<ListingModel> Models { get; }

    public IReadOnlyList<SimListing> Listings { get; }

    public DailyModel Daily { get; }

    public IReadOnlyList<IndexDefinition> Indexes { get; }

    /// <summary>Listing index of a code (ETNs with or without the Q prefix), or -1.</summary>
    public int Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return -1;
        }

        code = code.Trim();
        if (_byCode.TryGetValue(code, out var i) || (code.Length == 6 && _byCode.TryGetValue("Q" + code, out i)))
        {
            return i;
        }

        return -1;
    }

    public int FindIndex(string? code)
    {
        for (var i = 0; i < Indexes.Count; i++)
        {
            if (Indexes[i].Code == code?.Trim())
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A whole day from the bounded cache (most recently used kept).</summary>
    public DayData Day(int day)
    {
        lock (_lruLock)
        {
            for (var node = _lru.First; node is not null; node = node.Next)
            {
                if (node.Value.Day == day)
                {
                    _lru.Remove(node);
                    _lru.AddFirst(node);
                    return node.Value;
                }
            }

            var data = new DayData(this, day);
            _lru.AddFirst(data);
            while (_lru.Count > _cachedDays)
            {
                _lru.RemoveLast();
            }

            return data;
        }
    }

    private DayData? Cached(int day)
    {
        lock (_lruLock)
        {
            return _lru.FirstOrDefault(d => d.Day == day);
        }
    }

    public ListingDay GenerateListingDay(int listing, int day, DateOnly date, SimSession session, ReadOnlySpan<double> marketPath)
    {
        var m = Models[listing];
        var row = Daily.Row(listing, day);
        if (_overlay.ScriptedDays.TryGetValue((listing, day), out var script))
        {
            return ScriptedDayBuilder.Build(Seed, m, day, date, session, row, script);
        }

        PinnedDay? pin = _overlay.Pins.TryGetValue(listing, out var pins) && pins.TryGetValue(day, out var p) ? p : null;
        return IntradayGenerator.Generate(Seed, m, day, date, session, row, marketPath, pin?.High, pin?.Low);
    }

    public AfterHoursDay GenerateAfterHours(int listing, int day, DateOnly date, SimSession session)
    {
        var m = Models[listing];
        var row = Daily.Row(listing, day);
        return _overlay.ScriptedDays.TryGetValue((listing, day), out var script)
            ? ScriptedDayBuilder.AfterHours(m, session, row, script)
            : AfterHoursDay.Generate(Seed, m, date, session, row);
    }

    /// <summary>High, low and values of a completed listing-day (from the cache, or generated alone and remembered).</summary>
    public DaySummary Summary(int listing, int day) => _summaries.GetOrAdd((listing, day), key =>
    {
        var cached = Cached(key.Day);
        var date = Calendar.DayAt(key.Day);
        var session = Calendar.Session(date);
        var ld = cached?.Listing(key.Listing) ?? GenerateListingDay(
            key.Listing, key.Day, date, session,
            IntradayGenerator.MarketPath(Seed, date, Models[key.Listing].Listing.Market, session.ContinuousMinutes));
        var ah = cached?.AfterHours(key.Listing) ?? GenerateAfterHours(key.Listing, key.Day, date, session);
        var row = ld.Row;
        PinnedDay? pin = _overlay.Pins.TryGetValue(key.Listing, out var pins) && pins.TryGetValue(key.Day, out var p) ? p : null;
        return new DaySummary(
            pin?.High ?? ld.DayHigh,
            pin?.Low ?? ld.DayLow,
            ld.RegularValue + ((long)row.ClosingPriceVolume * row.Close),
            AfterHoursSummary.Of(ah));
    });

    /// <summary>A completed index day (generates the whole day once when it is not cached; remembered).</summary>
    public IndexDaySummary IndexSummary(int index, int day) => _indexSummaries.GetOrAdd((index, day), key =>
    {
        var data = Cached(key.Day) ?? new DayData(this, key.Day);
        var path = data.Index(key.Index);
        var high = path.Values.Max();
        var low = path.Values.Min();
        return new IndexDaySummary(path.Values[0], high, low, path.Values[^1], path.FinalVolume, path.FinalTradingValue, path.PrevClose);
    });

    /// <summary>Index close of a day straight from the daily walk (no intraday generation).</summary>
    public double IndexClose(int index, int day)
    {
        var def = Indexes[index];
        double cap = 0;
        for (var c = 0; c < def.Constituents.Length; c++)
        {
            cap += (double)def.Shares[c] * Daily.Row(def.Constituents[c], day).Close;
        }

        return cap / def.Divisor;
    }

    private IndexDefinition BuildIndex(string code, string name, SimMarketId market, double baseLevel)
    {
        var members = Models.Where(m => m.Listing.Market == market && m.InIndex).ToArray();
        var cap = members.Sum(m => (double)m.Listing.ListedShares * m.AnchorPrice);
        return new IndexDefinition(
            code, name, market, [.. members.Select(m => m.Index)], [.. members.Select(m => m.Listing.ListedShares)],
            cap > 0 ? cap / baseLevel : 1);
    }
}

/// <summary>After-hours figures of a day: first/high/low/last matched price (0 when none), volume, value.</summary>
internal readonly record struct AfterHoursSummary(int Open, int High, int Low, int Last, long Volume, long TradingValue)
{
    public static AfterHoursSummary Of(AfterHoursDay day)
    {
        int open = 0, high = 0, low = 0, last = 0;
        long volume = 0, value = 0;
        for (var k = 0; k < day.Prices.Length; k++)
        {
            if (day.Volumes[k] <= 0)
            {
                continue;
            }

            var p = day.Prices[k];
            open = open == 0 ? p : open;
            high = Math.Max(high, p);
            low = low == 0 ? p : Math.Min(low, p);
            last = p;
            volume += day.Volumes[k];
            value += p * day.Volumes[k];
        }

        return new AfterHoursSummary(open, high, low, last, volume, value);
    }
}

/// <summary>A completed listing-day's high/low and total value (closing-price session included), and its after-hours summary.</summary>
internal readonly record struct DaySummary(int High, int Low, long TradingValue, AfterHoursSummary AfterHours);

/// <summary>A completed index day.</summary>
internal readonly record struct IndexDaySummary(double Open, double High, double Low, double Close, long Volume, long TradingValue, double PrevClose);
