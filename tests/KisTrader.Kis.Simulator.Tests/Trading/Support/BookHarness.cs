using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Tests.Trading.Support;

/// <summary>A trading book over a <see cref="FakeTradingMarket"/> with one real and one paper account.</summary>
internal sealed class BookHarness
{
    public const string Stock = "005930";
    public const string Etf = "069500";

    public BookHarness(SimTradingOptions? options = null, decimal startingCash = 10_000_000m)
    {
        Options = options ?? new SimTradingOptions();
        Real = new AccountRef("50000001", "01", "realhts", false, "실전계좌", startingCash);
        Paper = new AccountRef("60000001", "01", "paperhts", true, "모의계좌", startingCash);
        // 10,000 base: limits 13,000 / 7,000 (±30% on the 10-won grid).
        Market.List(Stock, "삼성전자", 10_000m, 13_000m, 7_000m);
        Market.List(Etf, "KODEX 200", 10_000m, 13_000m, 7_000m, etf: true);
        Book = new TradingBook(Market, Microsoft.Extensions.Options.Options.Create(Options), Events);
    }

    /// <summary>Monday 2026-11-23, a trading day.</summary>
    public static readonly DateOnly Monday = new(2026, 11, 23);

    public FakeTradingMarket Market { get; } = new();

    public RecordingEvents Events { get; } = new();

    public SimTradingOptions Options { get; }

    public TradingBook Book { get; }

    public AccountRef Real { get; }

    public AccountRef Paper { get; }

    public static DateTimeOffset At(int hour, int minute, int second = 0, int dayOffset = 0) =>
        FakeTradingMarket.Kst(2026, 11, 23 + dayOffset, hour, minute, second);

    public OrderOutcome Buy(DateTimeOffset at, string qty, string price, string dvsn = "00", string code = Stock, bool paper = false) =>
        Book.PlaceCashOrder(paper ? Paper : Real, new CashOrderInput(OrderSide.Buy, code, dvsn, qty, price), at);

    public OrderOutcome Sell(DateTimeOffset at, string qty, string price, string dvsn = "00", string code = Stock, bool paper = false) =>
        Book.PlaceCashOrder(paper ? Paper : Real, new CashOrderInput(OrderSide.Sell, code, dvsn, qty, price), at);

    public OrderOutcome Modify(DateTimeOffset at, string orderNo, string dvsn, string qty, string price, bool all, bool paper = false) =>
        Book.ModifyOrCancel(paper ? Paper : Real, new ModifyOrderInput(orderNo, dvsn, "01", qty, price, all ? "Y" : "N"), at);

    public OrderOutcome Cancel(DateTimeOffset at, string orderNo, string qty, bool all, bool paper = false) =>
        Book.ModifyOrCancel(paper ? Paper : Real, new ModifyOrderInput(orderNo, "00", "02", qty, "0", all ? "Y" : "N"), at);

    public OrderRow Order(string orderNo, DateTimeOffset at, bool paper = false) =>
        Book.Orders(paper ? Paper : Real, Monday.AddDays(-7), Monday.AddDays(7), at).Single(o => o.OrderNo == orderNo);

    public BalanceView Balance(DateTimeOffset at, bool paper = false) => Book.Balance(paper ? Paper : Real, false, at);

    /// <summary>A simple 10-level book: asks from 10,010 up, bids from 10,000 down, each with <paramref name="quantity"/>.</summary>
    public void StandardBook(DateTimeOffset at, long quantity = 100)
    {
        Market.SetBook(
            Stock,
            at,
            [.. Enumerable.Range(1, 10).Select(i => (10_000m + (i * 10m), quantity))],
            [.. Enumerable.Range(0, 10).Select(i => (10_000m - (i * 10m), quantity))]);
    }
}
