using KisTrader.Kis.Simulator.Market;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Screening.Features;
using TradingMarket = KisTrader.Trading.Market.Market;

namespace KisTrader.Silo.Replay;

/// <summary>
/// Reads the simulator's synthetic KRX market (the same deterministic market the KIS simulator serves over the wire)
/// and shapes it into the trading core's inputs. Used by the offline strategy replay only: the cluster (issue 5) reads
/// the same numbers through the KIS client instead.
/// </summary>
internal sealed class SimulatedMarketData
{
    private const string KospiIndex = "0001";
    private const string KosdaqIndex = "1001";
    private readonly ISimMarket _market;

    /// <summary>A market built from a seed (default universe, ~2,700 listings).</summary>
    public SimulatedMarketData(int seed)
        : this(new SimMarket(new SimMarketOptions { Seed = seed }))
    {
    }

    internal SimulatedMarketData(ISimMarket market) => _market = market;

    /// <summary>The simulator's session times of a date.</summary>
    public SimSession Session(DateOnly date) => _market.Session(date);

    /// <summary>The trading day strictly before a date, on the simulator's calendar.</summary>
    public DateOnly PreviousTradingDay(DateOnly date) => _market.PreviousTradingDay(date);

    /// <summary>The trading day strictly after a date, on the simulator's calendar.</summary>
    public DateOnly NextTradingDay(DateOnly date) => _market.NextTradingDay(date);

    /// <summary>Number of listings in the universe.</summary>
    public int ListingCount => _market.Listings.Count;

    /// <summary>
    /// Every listing as the screen sees it right after the close of <paramref name="date"/>: listing flags, market cap at
    /// the close, close and previous close, regular-session volume and value (both auctions, before the 15:40
    /// closing-price session), the index day return, 20+ previous daily volumes, today's minute bars with buy/sell
    /// volume and the cumulative buy/sell-initiated volume (체결강도 inputs).
    /// Like the live funnel, the costly parts (volume history, minute bars) are read only for listings that
    /// <paramref name="needsDetail"/> accepts (those that pass the base filters); the others keep only their quote.
    /// </summary>
    public IReadOnlyList<SymbolDayInput> ScreeningInputs(DateOnly date, int historyDays, Func<SymbolDayInput, bool> needsDetail)
    {
        ArgumentNullException.ThrowIfNull(needsDetail);
        var session = RequireTradingDay(date);
        var at = session.At(session.Close).AddMinutes(1);
        var indexReturns = new Dictionary<SimMarketId, decimal>
        {
            [SimMarketId.Kospi] = IndexReturn(KospiIndex, at),
            [SimMarketId.Kosdaq] = IndexReturn(KosdaqIndex, at),
        };
        var historyTo = _market.PreviousTradingDay(date);
        var historyFrom = historyTo;
        for (var i = 1; i < historyDays; i++)
        {
            historyFrom = _market.PreviousTradingDay(historyFrom);
        }

        var inputs = new List<SymbolDayInput>(_market.Listings.Count);
        foreach (var listing in _market.Listings)
        {
            if (_market.Quote(listing.Code, at) is not { } quote || quote.Date != date)
            {
                continue;
            }

            var input = new SymbolDayInput
            {
                Code = listing.Code,
                Name = listing.Name,
                Market = listing.Market == SimMarketId.Kospi ? TradingMarket.Kospi : TradingMarket.Kosdaq,
                Flags = FlagsOf(listing),
                MarketCap = quote.Price * listing.ListedShares,
                PreviousClose = quote.Basis.BasePrice,
                Close = quote.Price,
                DayVolume = quote.Volume,
                DayTradingValue = quote.TradingValue,
                IndexDayReturn = indexReturns[listing.Market],
                BuyInitiatedVolume = quote.BuyVolume,
                SellInitiatedVolume = quote.SellVolume,
                Vwap = quote.Vwap,
            };
            if (needsDetail(input))
            {
                input = input with
                {
                    PreviousVolumes = [.. _market.DailyBars(listing.Code, historyFrom, historyTo, at).Reverse().Select(d => d.Volume)],
                    MinuteBars = [.. _market.MinuteBars(listing.Code, at).Select(b => new MinuteBar(
                        TimeOnly.FromTimeSpan(b.Start.ToOffset(SimSession.Kst).TimeOfDay), b.Open, b.High, b.Low, b.Close, b.Volume))],
                };
            }

            inputs.Add(input);
        }

        return inputs;
    }

    /// <summary>The after-hours single-price state of each code at an instant: the last match and the indicative price.</summary>
    public IReadOnlyList<AfterHoursObservation> AfterHours(IEnumerable<string> codes, DateTimeOffset at) =>
        [.. codes.Select(code => _market.AfterHours(code, at) is { } q
            ? new AfterHoursObservation(code, q.Last, q.IndicativePrice)
            : new AfterHoursObservation(code, null, null))];

    /// <summary>The after-hours single-price matches of a date that traded (volume &gt; 0), oldest first.</summary>
    public IReadOnlyList<(DateTimeOffset At, decimal Price)> AfterHoursMatches(string code, DateOnly date)
    {
        var session = _market.Session(date);
        return [.. _market.AfterHoursAuctions(code, date, session.At(session.AfterHoursEnd).AddMinutes(1))
            .Where(a => a.Volume > 0)
            .Select(a => (a.At, a.Price))];
    }

    /// <summary>Every print of the regular session of a date (opening auction, continuous trades, closing auction), oldest first.</summary>
    public IReadOnlyList<(DateTimeOffset At, decimal Price)> Prints(string code, DateOnly date)
    {
        var session = _market.Session(date);
        return [.. _market.Trades(code, session.At(session.PreOpen), session.At(session.Close).AddSeconds(1)).Select(t => (t.At, t.Price))];
    }

    /// <summary>The best bid at an instant (null when the book has none).</summary>
    public decimal? BestBid(string code, DateTimeOffset at) => _market.Quote(code, at) is { Bid1: > 0 } q ? q.Bid1 : null;

    /// <summary>The official close of a date (the closing auction price), or null when the symbol did not trade.</summary>
    public decimal? ClosingPrice(string code, DateOnly date)
    {
        var session = _market.Session(date);
        return _market.ClosingAuction(code, date, session.At(session.Close).AddMinutes(1))?.Price;
    }

    private SimSession RequireTradingDay(DateOnly date)
    {
        var session = _market.Session(date);
        return session.IsTradingDay
            ? session
            : throw new ArgumentException($"{date:yyyy-MM-dd} is not a trading day on the simulator's calendar ({session.Note}).", nameof(date));
    }

    private decimal IndexReturn(string code, DateTimeOffset at) =>
        _market.Index(code, at) is { PrevClose: > 0 } index ? index.Value / index.PrevClose - 1m : 0m;

    private static ListingFlags FlagsOf(SimListing listing)
    {
        var flags = listing.Kind switch
        {
            SimListingKind.Spac => ListingFlags.Spac,
            SimListingKind.Reit or SimListingKind.Fund => ListingFlags.Reit,
            SimListingKind.Preferred => ListingFlags.Preferred,
            SimListingKind.Etf => ListingFlags.Etf,
            SimListingKind.Etn => ListingFlags.Etn,
            _ => ListingFlags.None,
        };
        if (listing.Halted)
        {
            flags |= ListingFlags.Halted;
        }

        if (listing.Administrative)
        {
            flags |= ListingFlags.AdministrativeDesignation;
        }

        return flags;
    }
}
