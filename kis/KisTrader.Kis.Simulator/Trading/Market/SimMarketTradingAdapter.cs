using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Trading.Market;

/// <summary><see cref="ITradingMarket"/> over simmkt's deterministic market.</summary>
internal sealed class SimMarketTradingAdapter(ISimMarket market) : ITradingMarket
{
    public SimSession Session(DateOnly date) => market.Session(date);

    public DateOnly NextTradingDay(DateOnly date) => market.NextTradingDay(date);

    public TradableInstrument? Instrument(string code, DateOnly date)
    {
        var listing = market.Listing(code);
        if (listing is null)
        {
            return null;
        }

        // On a closed day the next trading day's basis carries the last close as its 기준가.
        var basis = market.Basis(listing.Code, date) ?? market.Basis(listing.Code, market.NextTradingDay(date));
        return basis is null
            ? null
            : new TradableInstrument(listing.Code, listing.Name, listing.EtfTick, listing.Halted, basis.BasePrice, basis.UpperLimit, basis.LowerLimit);
    }

    public SimBook? Book(string code, DateTimeOffset at) => market.Book(code, at);

    public SimAuction? OpeningAuction(string code, DateOnly date)
    {
        var session = market.Session(date);
        return market.OpeningAuction(code, date, session.At(session.Open));
    }

    public SimAuction? ClosingAuction(string code, DateOnly date)
    {
        var session = market.Session(date);
        return market.ClosingAuction(code, date, session.At(session.Close));
    }

    public SimAuction? AfterHoursAuction(string code, DateTimeOffset auctionAt)
    {
        var date = DateOnly.FromDateTime(auctionAt.ToOffset(SimSession.Kst).DateTime);
        return market.AfterHoursAuctions(code, date, auctionAt).LastOrDefault(a => a.At == auctionAt);
    }

    public decimal? LastPrice(string code, DateTimeOffset at) => market.Quote(code, at)?.Price;

    public decimal? AfterHoursLastPrice(string code, DateTimeOffset at) => market.AfterHours(code, at)?.Last;

    public IReadOnlyList<SimTrade> Trades(string code, DateTimeOffset fromExclusive, DateTimeOffset toInclusive) =>
        market.Trades(code, fromExclusive, toInclusive).Where(t => t.Side != SimSide.Auction).ToList();
}
