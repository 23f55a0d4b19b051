using System.Collections.Immutable;

namespace KisTrader.Kis.Simulator.Market.Calendar;

/// <summary>A special-schedule day: shifted open and/or close.</summary>
internal sealed record SpecialDay(DateOnly Date, TimeOnly Open, TimeOnly Close, string Note);

/// <summary>
/// The simulator's KRX calendar: weekends, the built-in closures (<see cref="KrxHolidays"/>) and scenario overrides
/// (extra holidays, forced trading days, special-schedule days). Trading days are indexed from <see cref="First"/>
/// (day index 0) so the market model can keep per-day arrays.
/// </summary>
internal sealed class SimCalendar
{
    private static readonly TimeOnly StandardOpen = new(9, 0);
    private static readonly TimeOnly StandardClose = new(15, 30);

    private readonly ImmutableDictionary<DateOnly, string> _holidays;
    private readonly ImmutableHashSet<DateOnly> _forcedTradingDays;
    private readonly ImmutableDictionary<DateOnly, SpecialDay> _special;
    private readonly DateOnly[] _days;
    private readonly Dictionary<DateOnly, int> _index;

    /// <param name="historyStart">First date with data (the first trading day on or after it is day 0).</param>
    /// <param name="years">How many years of trading days to index.</param>
    /// <param name="extraHolidays">Scenario closures (date → note).</param>
    /// <param name="forcedTradingDays">Scenario dates that trade even if the built-in calendar closes them.</param>
    /// <param name="special">Scenario special days (override the built-in ones).</param>
    /// <param name="useBuiltIn">False to ignore the built-in holiday and special-day tables (weekends still close).</param>
    public SimCalendar(
        DateOnly historyStart,
        int years,
        IReadOnlyDictionary<DateOnly, string>? extraHolidays = null,
        IEnumerable<DateOnly>? forcedTradingDays = null,
        IEnumerable<SpecialDay>? special = null,
        bool useBuiltIn = true)
    {
        var holidays = ImmutableDictionary.CreateBuilder<DateOnly, string>();
        if (useBuiltIn)
        {
            holidays.AddRange(KrxHolidays.Closures);
        }

        foreach (var (date, note) in extraHolidays ?? new Dictionary<DateOnly, string>())
        {
            holidays[date] = note;
        }

        _holidays = holidays.ToImmutable();
        _forcedTradingDays = (forcedTradingDays ?? []).ToImmutableHashSet();
        var specials = ImmutableDictionary.CreateBuilder<DateOnly, SpecialDay>();
        if (useBuiltIn)
        {
            foreach (var (date, s) in KrxHolidays.Special)
            {
                specials[date] = new SpecialDay(date, s.Open, s.Close, s.Note);
            }
        }

        foreach (var s in special ?? [])
        {
            specials[s.Date] = s;
        }

        _special = specials.ToImmutable();
        UseBuiltIn = useBuiltIn;

        var days = new List<DateOnly>();
        var end = historyStart.AddYears(years);
        for (var d = historyStart; d < end; d = d.AddDays(1))
        {
            if (IsTradingDay(d))
            {
                days.Add(d);
            }
        }

        _days = [.. days];
        _index = new Dictionary<DateOnly, int>(_days.Length);
        for (var i = 0; i < _days.Length; i++)
        {
            _index[_days[i]] = i;
        }
    }

    public bool UseBuiltIn { get; }

    /// <summary>Day 0: the first trading day with data.</summary>
    public DateOnly First => _days[0];

    /// <summary>The last indexed trading day.</summary>
    public DateOnly Last => _days[^1];

    public int Count => _days.Length;

    public DateOnly DayAt(int index) => _days[index];

    /// <summary>Index of a trading day, or -1 when the date does not trade or is outside the indexed range.</summary>
    public int IndexOf(DateOnly date) => _index.TryGetValue(date, out var i) ? i : -1;

    /// <summary>Index of the last trading day at or before <paramref name="date"/> (-1 before the first).</summary>
    public int IndexAtOrBefore(DateOnly date)
    {
        var i = Array.BinarySearch(_days, date);
        return i >= 0 ? i : ~i - 1;
    }

    public bool IsTradingDay(DateOnly date)
    {
        if (_forcedTradingDays.Contains(date))
        {
            return true;
        }

        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || _holidays.ContainsKey(date))
        {
            return false;
        }

        return !UseBuiltIn || KrxHolidays.FixedClosure(date) is null;
    }

    /// <summary>Why a date does not trade ("" when it trades).</summary>
    public string ClosureNote(DateOnly date)
    {
        if (IsTradingDay(date))
        {
            return "";
        }

        if (_holidays.TryGetValue(date, out var note))
        {
            return note;
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "주말" : KrxHolidays.FixedClosure(date) ?? "";
    }

    public DateOnly Next(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsTradingDay(d))
        {
            d = d.AddDays(1);
        }

        return d;
    }

    public DateOnly Previous(DateOnly date)
    {
        var d = date.AddDays(-1);
        while (!IsTradingDay(d))
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    public SimSession Session(DateOnly date)
    {
        var trading = IsTradingDay(date);
        var open = StandardOpen;
        var close = StandardClose;
        var note = trading ? "" : ClosureNote(date);
        var special = false;
        if (trading && _special.TryGetValue(date, out var s))
        {
            open = s.Open;
            close = s.Close;
            note = s.Note;
            special = open != StandardOpen || close != StandardClose;
        }

        return new SimSession(
            date,
            trading,
            special,
            note,
            PreOpen: open.AddMinutes(-30),
            PreMarketClosingEnd: open.AddMinutes(-20),
            Open: open,
            ClosingAuctionStart: close.AddMinutes(-10),
            Close: close,
            ClosingPriceStart: close.AddMinutes(10),
            AfterHoursStart: close.AddMinutes(30),
            AfterHoursEnd: close.AddMinutes(150),
            AfterHoursAuctionInterval: TimeSpan.FromMinutes(10));
    }
}
