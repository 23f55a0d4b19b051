using System.Collections.Immutable;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Market;

namespace KisTrader.Kis.Simulator.Tests.Trading.Support;

/// <summary>
/// A scripted market for the trading book: weekdays trade (minus listed holidays) on the standard KRX schedule,
/// listings with their basis, books set per code (valid from an instant on), auctions and prints set explicitly.
/// </summary>
internal sealed class FakeTradingMarket : ITradingMarket
{
    private readonly Dictionary<string, TradableInstrument> _instruments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SimBook>> _books = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, DateOnly Date), SimAuction> _opening = [];
    private readonly Dictionary<(string Code, DateOnly Date), SimAuction> _closing = [];
    private readonly Dictionary<(string Code, DateTimeOffset At), SimAuction> _afterHours = [];
    private readonly Dictionary<string, List<SimTrade>> _trades = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _lastPrice = new(StringComparer.Ordinal);

    public HashSet<DateOnly> Holidays { get; } = [];

    public static DateTimeOffset Kst(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, SimSession.Kst);

    public FakeTradingMarket List(string code, string name, decimal basePrice, decimal upper, decimal lower, bool etf = false, bool halted = false)
    {
        _instruments[code] = new TradableInstrument(code, name, etf, halted, basePrice, upper, lower);
        _lastPrice[code] = basePrice;
        return this;
    }

    /// <summary>Sets the book of a code from <paramref name="at"/> on: asks and bids as (price, quantity), best first.</summary>
    public FakeTradingMarket SetBook(string code, DateTimeOffset at, (decimal Price, long Quantity)[] asks, (decimal Price, long Quantity)[] bids)
    {
        if (!_books.TryGetValue(code, out var list))
        {
            _books[code] = list = [];
        }

        list.Add(new SimBook(
            code,
            at,
            SimPhase.Continuous,
            [.. asks.Select(a => new SimBookLevel(a.Price, a.Quantity))],
            [.. bids.Select(b => new SimBookLevel(b.Price, b.Quantity))]));
        list.Sort((x, y) => x.At.CompareTo(y.At));
        return this;
    }

    public FakeTradingMarket SetOpening(string code, DateOnly date, decimal price, long volume)
    {
        _opening[(code, date)] = new SimAuction(Session(date).At(Session(date).Open), SimAuctionKind.Opening, price, volume);
        return this;
    }

    public FakeTradingMarket SetClosing(string code, DateOnly date, decimal price, long volume)
    {
        _closing[(code, date)] = new SimAuction(Session(date).At(Session(date).Close), SimAuctionKind.Closing, price, volume);
        return this;
    }

    public FakeTradingMarket SetAfterHours(string code, DateTimeOffset at, decimal price, long volume)
    {
        _afterHours[(code, at)] = new SimAuction(at, SimAuctionKind.AfterHours, price, volume);
        return this;
    }

    public FakeTradingMarket Print(string code, DateTimeOffset at, decimal price, long volume, SimSide side = SimSide.Buy)
    {
        if (!_trades.TryGetValue(code, out var list))
        {
            _trades[code] = list = [];
        }

        list.Add(new SimTrade(at, price, volume, side));
        list.Sort((x, y) => x.At.CompareTo(y.At));
        return this;
    }

    public FakeTradingMarket SetLastPrice(string code, decimal price)
    {
        _lastPrice[code] = price;
        return this;
    }

    public SimSession Session(DateOnly date)
    {
        var trading = date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(date);
        return new SimSession(
            date,
            trading,
            false,
            string.Empty,
            new TimeOnly(8, 30),
            new TimeOnly(8, 40),
            new TimeOnly(9, 0),
            new TimeOnly(15, 20),
            new TimeOnly(15, 30),
            new TimeOnly(15, 40),
            new TimeOnly(16, 0),
            new TimeOnly(18, 0),
            TimeSpan.FromMinutes(10));
    }

    public DateOnly NextTradingDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!Session(next).IsTradingDay)
        {
            next = next.AddDays(1);
        }

        return next;
    }

    public TradableInstrument? Instrument(string code, DateOnly date) => _instruments.GetValueOrDefault(code);

    public SimBook? Book(string code, DateTimeOffset at) =>
        _books.TryGetValue(code, out var list) ? list.LastOrDefault(b => b.At <= at) : null;

    public SimAuction? OpeningAuction(string code, DateOnly date) => _opening.GetValueOrDefault((code, date));

    public SimAuction? ClosingAuction(string code, DateOnly date) => _closing.GetValueOrDefault((code, date));

    public SimAuction? AfterHoursAuction(string code, DateTimeOffset auctionAt) => _afterHours.GetValueOrDefault((code, auctionAt));

    public decimal? LastPrice(string code, DateTimeOffset at) => _lastPrice.TryGetValue(code, out var price) ? price : null;

    public decimal? AfterHoursLastPrice(string code, DateTimeOffset at) =>
        _afterHours.Values.Where(a => a.At <= at && a.Volume > 0 && _afterHours.ContainsKey((code, a.At))).OrderBy(a => a.At).LastOrDefault()?.Price;

    public IReadOnlyList<SimTrade> Trades(string code, DateTimeOffset fromExclusive, DateTimeOffset toInclusive) =>
        _trades.TryGetValue(code, out var list) ? [.. list.Where(t => t.At > fromExclusive && t.At <= toInclusive)] : ImmutableArray<SimTrade>.Empty;
}
