namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// One trading day of the whole market, filled lazily: a listing's day is generated on first use (lock-free, the first
/// writer wins — generation is deterministic, so a lost race only wastes work); <see cref="EnsureAll"/> fills every
/// listing in parallel (volume-rank, breadth, indices, events for all codes).
/// </summary>
internal sealed class DayData
{
    private readonly MarketModel _model;
    private readonly ListingDay?[] _days;
    private readonly AfterHoursDay?[] _afterHours;
    private readonly IndexPath?[] _indexes;
    private readonly double[][] _marketPaths;
    private volatile bool _all;

    public DayData(MarketModel model, int day)
    {
        _model = model;
        Day = day;
        Date = model.Calendar.DayAt(day);
        Session = model.Calendar.Session(Date);
        _days = new ListingDay?[model.Models.Count];
        _afterHours = new AfterHoursDay?[model.Models.Count];
        _indexes = new IndexPath?[model.Indexes.Count];
        _marketPaths =
        [
            IntradayGenerator.MarketPath(model.Seed, Date, SimMarketId.Kospi, Session.ContinuousMinutes),
            IntradayGenerator.MarketPath(model.Seed, Date, SimMarketId.Kosdaq, Session.ContinuousMinutes),
        ];
    }

    public int Day { get; }

    public DateOnly Date { get; }

    public SimSession Session { get; }

    public ListingDay Listing(int listing)
    {
        var existing = Volatile.Read(ref _days[listing]);
        if (existing is not null)
        {
            return existing;
        }

        var generated = _model.GenerateListingDay(listing, Day, Date, Session, _marketPaths[(int)_model.Models[listing].Listing.Market]);
        return Interlocked.CompareExchange(ref _days[listing], generated, null) ?? generated;
    }

    public AfterHoursDay AfterHours(int listing)
    {
        var existing = Volatile.Read(ref _afterHours[listing]);
        if (existing is not null)
        {
            return existing;
        }

        var generated = _model.GenerateAfterHours(listing, Day, Date, Session);
        return Interlocked.CompareExchange(ref _afterHours[listing], generated, null) ?? generated;
    }

    public void EnsureAll()
    {
        if (_all)
        {
            return;
        }

        Parallel.For(0, _days.Length, i => Listing(i));
        _all = true;
    }

    public IndexPath Index(int index)
    {
        var existing = Volatile.Read(ref _indexes[index]);
        if (existing is not null)
        {
            return existing;
        }

        EnsureAll();
        var computed = IndexPath.Compute(_model.Indexes[index], this);
        return Interlocked.CompareExchange(ref _indexes[index], computed, null) ?? computed;
    }
}
