using KisTrader.GrainInterfaces;
using KisTrader.Web.Relay;

namespace KisTrader.Web.Tests.Alerts;

/// <summary>The ticks relay's folding: one quote per symbol per flush, the last print and the best book.</summary>
public sealed class QuoteBatcherTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 15, 20, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Take_PrintsAndABook_OneQuotePerSymbolWithTheLatestValues()
    {
        var batcher = new QuoteBatcher();
        batcher.Add(Print("005930", 70_000m, 1));
        batcher.Add(Print("005930", 70_100m, 2));
        batcher.Add(Print("000660", 150_000m, 3));
        batcher.Add(new MarketDataEvent("005930", MarketDataKinds.Quotes, "H0STASP0", At.AddSeconds(3), At, 4, null,
            new MarketQuote(false, "0", [new QuoteLevel(70_200m, 5)], [new QuoteLevel(70_050m, 7)], 5, 7, 0m, 0, 100)));

        var quotes = batcher.Take().OrderBy(q => q.Symbol, StringComparer.Ordinal).ToList();
        Assert.Equal(["000660", "005930"], quotes.Select(q => q.Symbol));
        var samsung = quotes[1];
        Assert.Equal((70_100m, 70_200m, 70_050m, 3, At.AddSeconds(3)), (samsung.Price, samsung.BestAsk, samsung.BestBid, samsung.Items, samsung.At));
        Assert.Empty(batcher.Take());

        batcher.Add(new MarketDataEvent("005930", MarketDataKinds.Quotes, "H0STASP0", At.AddSeconds(9), At, 5, null,
            new MarketQuote(false, "0", [new QuoteLevel(70_300m, 5)], [new QuoteLevel(70_100m, 7)], 5, 7, 0m, 0, 100)));
        var next = Assert.Single(batcher.Take());
        Assert.Equal((70_100m, 70_300m, 1), (next.Price, next.BestAsk, next.Items));
    }

    private static MarketDataEvent Print(string symbol, decimal price, long sequence) =>
        new(symbol, MarketDataKinds.Trades, "H0STCNT0", At.AddSeconds(sequence), At, sequence,
            new MarketTick(new DateOnly(2026, 11, 23), price, 100m, 0.1m, price, price, price, 1, 10, price * 10, 110m, price + 100, price - 100, "Buy", "20", false), null);
}
