using System.Collections.Immutable;
using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.WebSocket.Support;

/// <summary>
/// A scripted ISimMarket for the WebSocket feed: one listing (005930) with a fixed basis, quote and book, index 0001,
/// and events the test adds. Everything else is empty.
/// </summary>
internal sealed class FakeSimMarket : ISimMarket
{
    public const string Code = "005930";
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly List<SimMarketEvent> _events = [];
    private readonly SimListing _listing = new(Code, "삼성전자", "KR7005930003", SimMarketId.Kospi, SimListingKind.Stock, "전기전자", 5_919_637_922, 100, new DateOnly(1975, 6, 11), false, false, SimMarketWarning.None);

    public SimDayBasis Basis0 { get; } = new(Code, Day, 70_000m, 91_000m, 49_000m, 10_000_000, 700_000_000_000m, 414_374_654_540_000m);

    public int Seed => 1;

    public long Generation => 0;

    public DateOnly FirstTradingDay => Day.AddDays(-90);

    public IReadOnlyList<SimListing> Listings => [_listing];

    public IReadOnlyList<string> IndexCodes => ["0001"];

    public void Add(SimMarketEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }

    public SimSession Session(DateOnly date) => new(date, true, false, string.Empty, new(8, 30), new(8, 40), new(9, 0), new(15, 20), new(15, 30), new(15, 40), new(16, 0), new(18, 0), TimeSpan.FromMinutes(10));

    public DateOnly NextTradingDay(DateOnly date) => date.AddDays(1);

    public DateOnly PreviousTradingDay(DateOnly date) => date.AddDays(-1);

    public DateOnly CurrentTradingDate(DateTimeOffset at) => Day;

    public SimListing? Listing(string code) => code == Code ? _listing : null;

    public SimDayBasis? Basis(string code, DateOnly date) => code == Code ? Basis0 : null;

    public SimQuote? Quote(string code, DateTimeOffset at) => code != Code ? null : new SimQuote(
        Code, at, Day, SimPhase.Continuous, Basis0, 71_000m, 70_500m, 71_200m, 70_400m, 1_234_567, 87_654_321_000m, 600_000, 500_000, 3_000, 2_500,
        15, at, SimSide.Buy, at.AddHours(-1), at.AddMinutes(-30), at.AddMinutes(-50), 71_100m, 71_000m, null, 0, false);

    public IReadOnlyList<SimQuote> Quotes(DateTimeOffset at) => [Quote(Code, at)!];

    public SimBook? Book(string code, DateTimeOffset at) => code != Code ? null : new SimBook(
        Code, at, SimPhase.Continuous,
        [.. Enumerable.Range(1, 10).Select(i => new SimBookLevel(71_000m + (i * 100m), i * 10))],
        [.. Enumerable.Range(0, 10).Select(i => new SimBookLevel(71_000m - (i * 100m), (i + 1) * 20))]);

    public IReadOnlyList<SimMinuteBar> MinuteBars(string code, DateTimeOffset at) => [];

    public IReadOnlyList<SimTrade> Trades(string code, DateTimeOffset fromExclusive, DateTimeOffset toInclusive) => [];

    public SimAuction? OpeningAuction(string code, DateOnly date, DateTimeOffset at) => null;

    public SimAuction? ClosingAuction(string code, DateOnly date, DateTimeOffset at) => null;

    public IReadOnlyList<SimDailyBar> DailyBars(string code, DateOnly from, DateOnly to, DateTimeOffset at) => [];

    public SimPriceRange? PriceRange(string code, DateOnly from, DateOnly to, DateTimeOffset at) => null;

    public SimPriceRange? IndexRange(string indexCode, DateOnly from, DateOnly to, DateTimeOffset at) => null;

    public SimAfterHoursQuote? AfterHours(string code, DateTimeOffset at) => code != Code ? null : new SimAfterHoursQuote(
        Code, at, Day, SimPhase.AfterHours, 71_000m, 78_100m, 63_900m, 71_100m, 71_300m, 71_000m, 71_200m, at, 300, 1_000, 71_150_000m, 71_200m, 120,
        new SimBook(Code, at, SimPhase.AfterHours,
            [.. Enumerable.Range(1, 9).Select(i => new SimBookLevel(71_200m + (i * 100m), i))],
            [.. Enumerable.Range(0, 9).Select(i => new SimBookLevel(71_200m - (i * 100m), i + 1))]));

    public IReadOnlyList<SimAuction> AfterHoursAuctions(string code, DateOnly date, DateTimeOffset at) => [];

    public IReadOnlyList<SimAfterHoursDailyBar> AfterHoursDailyBars(string code, DateOnly from, DateOnly to, DateTimeOffset at) => [];

    public SimIndexQuote? Index(string indexCode, DateTimeOffset at) => indexCode != "0001" ? null : new SimIndexQuote(
        "0001", "코스피", at, Day, 2_512.34m, 2_500.00m, 2_501.00m, 2_520.00m, 2_495.50m, 300_000_000, 9_000_000_000_000m, 280_000_000, 8_500_000_000_000m, 500, 3, 80, 300, 1);

    public IReadOnlyList<SimIndexDailyBar> IndexDailyBars(string indexCode, DateOnly from, DateOnly to, DateTimeOffset at) => [];

    public IReadOnlyList<SimMarketEvent> Events(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, IReadOnlyCollection<string>? codes)
    {
        lock (_events)
        {
            return [.. _events.Where(e => e.At > fromExclusive && e.At <= toInclusive && (codes is null || codes.Contains(e.Code))).OrderBy(e => e.At)];
        }
    }
}
