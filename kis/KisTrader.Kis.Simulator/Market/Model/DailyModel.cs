using KisTrader.Kis.Simulator.Market.Calendar;
using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// The daily walk of every listing: open, close, volume, day type and after-hours drift per trading day, computed
/// sequentially from day 0 (the state is the previous close) and extended lazily in blocks. Random draws are keyed by
/// (seed, listing key, date), so the walk is independent of evaluation order. Days pinned by a scenario replace the draw.
/// </summary>
internal sealed class DailyModel
{
    private const int BlockDays = 64;

    private readonly int _seed;
    private readonly SimCalendar _calendar;
    private readonly IReadOnlyList<ListingModel> _listings;
    private readonly IReadOnlyDictionary<int, IReadOnlyDictionary<int, PinnedDay>> _pins;
    private readonly DailyRow[]?[] _blocks;
    private readonly DayRegime[] _regimes;
    private readonly Lock _lock = new();
    private readonly int[] _prevClose;
    private readonly float[] _prevAh;
    private readonly float[] _carry;
    private volatile int _computed;

    public DailyModel(int seed, SimCalendar calendar, IReadOnlyList<ListingModel> listings, IReadOnlyDictionary<int, IReadOnlyDictionary<int, PinnedDay>> pins)
    {
        _seed = seed;
        _calendar = calendar;
        _listings = listings;
        _pins = pins;
        _prevClose = [.. listings.Select(l => l.AnchorPrice)];
        _prevAh = new float[listings.Count];
        _carry = new float[listings.Count];
        _blocks = new DailyRow[]?[(calendar.Count + BlockDays - 1) / BlockDays];
        _regimes = new DayRegime[calendar.Count];
    }

    /// <summary>Days computed so far.</summary>
    public int ComputedDays => _computed;

    /// <summary>The row of a listing on a trading day (day index of the calendar).</summary>
    public DailyRow Row(int listing, int day)
    {
        EnsureThrough(day);
        return _blocks[day / BlockDays]![((day % BlockDays) * _listings.Count) + listing];
    }

    public DayRegime Regime(int day)
    {
        EnsureThrough(day);
        return _regimes[day];
    }

    private void EnsureThrough(int day)
    {
        if (day < _computed)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(day);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(day, _calendar.Count);
        lock (_lock)
        {
            while (_computed <= day)
            {
                var d = _computed;
                _blocks[d / BlockDays] ??= new DailyRow[BlockDays * _listings.Count];
                ComputeDay(d, _blocks[d / BlockDays]!.AsSpan((d % BlockDays) * _listings.Count, _listings.Count));
                _computed = d + 1;
            }
        }
    }

    private void ComputeDay(int day, Span<DailyRow> rows)
    {
        var date = _calendar.DayAt(day);
        var mr = SimRng.For(_seed, RngStream.MarketDay, date.DayNumber);
        var u = mr.NextDouble();
        var regime = u < 0.18 ? DayRegime.Quiet : u < 0.89 ? DayRegime.Normal : DayRegime.Hot;
        _regimes[day] = regime;
        var common = 0.0003 + (mr.FatNormal() * 0.009);
        var kospi = common + (mr.Normal() * 0.003);
        var kosdaq = (common * 1.1) + (mr.Normal() * 0.005);

        for (var i = 0; i < _listings.Count; i++)
        {
            var m = _listings[i];
            var market = m.Listing.Market == SimMarketId.Kospi ? kospi : kosdaq;
            var basePrice = _prevClose[i];
            var upper = PriceGrid.UpperLimit(basePrice, m.EtfTick);
            var lower = PriceGrid.LowerLimit(basePrice, m.EtfTick);
            DailyRow row;
            if (_pins.TryGetValue(i, out var pins) && pins.TryGetValue(day, out var pin))
            {
                row = new DailyRow(basePrice, upper, lower, pin.Open, pin.Close, pin.Volume, pin.ClosingPriceVolume, pin.AfterHoursTarget, DayType.Scripted, (float)market, regime);
            }
            else if (m.Listing.Halted)
            {
                row = new DailyRow(basePrice, upper, lower, basePrice, basePrice, 0, 0, 0f, DayType.Halted, (float)market, regime);
            }
            else
            {
                var rng = SimRng.For(_seed, RngStream.ListingDay, m.Key, date.DayNumber);
                row = DailyDraw.Draw(m, ref rng, basePrice, upper, lower, _prevAh[i], _carry[i], market, regime, out var carry);
                _carry[i] = carry;
            }

            rows[i] = row;
            _prevClose[i] = row.Close;
            _prevAh[i] = row.AfterHoursTarget;
        }
    }
}
