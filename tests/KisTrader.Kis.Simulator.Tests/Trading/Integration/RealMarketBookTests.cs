using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Market;
using KisTrader.Kis.Simulator.Trading.Rules;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Tests.Trading.Integration;

/// <summary>The trading book over simmkt's deterministic market (small universe) through the adapter.</summary>
public sealed class RealMarketBookTests
{
    private static readonly AccountRef Account = new("50000001", "01", "realhts", false, "실전계좌", 1_000_000_000m);

    private static (SimMarket Market, TradingBook Book, RecordingEvents Events, SimListing Listing, SimSession Session) Setup()
    {
        var market = new SimMarket(new SimMarketOptions { KospiListings = 50, KosdaqListings = 50, CachedDays = 2 });
        var events = new RecordingEvents();
        var book = new TradingBook(new SimMarketTradingAdapter(market), Options.Create(new SimTradingOptions()), events);
        var day = market.NextTradingDay(market.FirstTradingDay.AddDays(40));
        var session = market.Session(day);
        var listing = market.Listings.First(l => l.Kind == SimListingKind.Stock && !l.Halted
            && market.Book(l.Code, session.At(new TimeOnly(10, 0))) is { Asks.Length: > 0 } b && b.Asks[0].Quantity >= 10);
        return (market, book, events, listing, session);
    }

    [Fact]
    public void MarketBuy_InTheContinuousSession_FillsAtTheBooksAskPrices()
    {
        var (market, book, events, listing, session) = Setup();
        var at = session.At(new TimeOnly(10, 0));
        var asks = market.Book(listing.Code, at)!.Asks;

        var outcome = book.PlaceCashOrder(Account, new CashOrderInput(OrderSide.Buy, listing.Code, "01", "10", "0"), at);

        Assert.True(outcome.Accepted, outcome.Message.Msg1);
        var fill = Assert.Single(events.Fills);
        Assert.Equal((10L, asks[0].Price), (fill.Quantity, fill.Price));
    }

    [Fact]
    public void LimitAtTheUpperLimit_PlacedInTheClosingAuction_FillsAtTheOfficialClose()
    {
        var (market, book, events, listing, session) = Setup();
        var basis = market.Basis(listing.Code, session.Date)!;
        var outcome = book.PlaceCashOrder(Account, new CashOrderInput(OrderSide.Buy, listing.Code, "00", "1", basis.UpperLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)), session.At(new TimeOnly(15, 25)));
        Assert.True(outcome.Accepted, outcome.Message.Msg1);

        book.Advance(session.At(session.Close));
        var close = market.ClosingAuction(listing.Code, session.Date, session.At(session.Close))!;
        Assert.True(close.Volume > 0);
        var fill = Assert.Single(events.Fills);
        Assert.Equal((close.Price, session.At(session.Close)), (fill.Price, fill.At));
    }

    [Fact]
    public void AfterHoursSinglePrice_AtTheBandTop_FillsAtTheFirstMatchWithVolumeOrExpires()
    {
        var (market, book, events, listing, session) = Setup();
        var close = market.ClosingAuction(listing.Code, session.Date, session.At(session.Close))!.Price;
        var top = OrderValidator.AfterHoursBand(close, new TradableInstrument(listing.Code, listing.Name, listing.EtfTick, false, 0m, decimal.MaxValue, 0m)).High;
        var basis = market.Basis(listing.Code, session.Date)!;
        top = Math.Min(top, basis.UpperLimit);
        var outcome = book.PlaceCashOrder(Account, new CashOrderInput(OrderSide.Buy, listing.Code, "07", "1", top.ToString(System.Globalization.CultureInfo.InvariantCulture)), session.At(new TimeOnly(16, 5)));
        Assert.True(outcome.Accepted, outcome.Message.Msg1);

        book.Advance(session.At(session.AfterHoursEnd));
        var first = market.AfterHoursAuctions(listing.Code, session.Date, session.At(session.AfterHoursEnd)).FirstOrDefault(a => a.Volume > 0 && a.Price <= top);
        if (first is null)
        {
            Assert.Empty(events.Fills);
        }
        else
        {
            var fill = Assert.Single(events.Fills);
            Assert.Equal((first.Price, first.At), (fill.Price, fill.At));
        }

        Assert.Empty(book.CancelableOrders(Account, session.At(session.AfterHoursEnd)));
    }
}
