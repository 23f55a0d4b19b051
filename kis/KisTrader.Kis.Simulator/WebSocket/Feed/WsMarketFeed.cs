using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.WebSocket.Frames;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.WebSocket.Feed;

/// <summary>
/// Turns market events in (last, now] into data frames for the registered (TR, key) pairs: prints → H0STCNT0, quote and
/// expected-price changes → H0STASP0, after-hours matches → H0STOUP0 + H0STOAA0, indicatives → H0STOAC0 + H0STOAA0,
/// index ticks → H0UPCNT0. Records of one (TR, key) within a step are batched into multi-record frames. After a clock
/// jump only the last MaxCatchUp of simulated time is replayed.
/// </summary>
internal sealed class WsMarketFeed(ISimMarket market, WsSessionRegistry registry, IOptions<SimWebSocketOptions> options, IRealtimeMetrics metrics)
{
    private readonly SimWebSocketOptions _options = options.Value;
    private readonly Dictionary<(string TrId, string Code), (long Ask, long Bid)> _lastTotals = [];
    private readonly Dictionary<string, SimIndexQuote> _lastIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, DateOnly Date, int Minute), long> _previousDayVolume = [];
    private DateTimeOffset? _last;
    private long _generation = -1;

    /// <summary>Sets where the first step starts (host start-up); no effect once the feed has run.</summary>
    public void Anchor(DateTimeOffset now)
    {
        if (_last is null)
        {
            _last = now;
            _generation = market.Generation;
        }
    }

    public async Task PumpAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_last is not { } last || now < last || market.Generation != _generation)
        {
            // Not anchored (a feed used without the pump), a clock moved backwards, or a new scenario: start from now.
            _last = now;
            _generation = market.Generation;
            return;
        }

        if (now == last)
        {
            return;
        }

        _last = now;
        var from = now - last > _options.MaxCatchUp ? now - _options.MaxCatchUp : last;
        var subscribers = Subscribers();
        if (subscribers.Count == 0)
        {
            return;
        }

        var keys = subscribers.Keys.Select(k => k.TrKey).ToHashSet(StringComparer.Ordinal);
        var records = new Dictionary<(string TrId, string TrKey), List<IReadOnlyList<string>>>();
        foreach (var e in market.Events(from, now, keys))
        {
            foreach (var (trId, record) in Build(e, subscribers))
            {
                if (!records.TryGetValue((trId, e.Code), out var list))
                {
                    records[(trId, e.Code)] = list = [];
                }

                list.Add(record);
            }
        }

        foreach (var ((trId, key), list) in records)
        {
            var tr = RealtimeTr.Find(trId)!;
            var frames = list.Chunk(_options.MaxRecordsPerFrame).Select(chunk => DataFrame.Plain(trId, tr.FieldCount, chunk)).ToList();
            foreach (var session in subscribers[(trId, key)])
            {
                foreach (var frame in frames)
                {
                    if (!await session.SendAsync(frame, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }
                }

                metrics.FramesSent(trId, frames.Count, list.Count);
            }
        }
    }

    /// <summary>Live sessions by market (TR, key) registration; 체결통보 registrations are served by the notice publisher.</summary>
    private Dictionary<(string TrId, string TrKey), List<WsSession>> Subscribers()
    {
        var map = new Dictionary<(string TrId, string TrKey), List<WsSession>>();
        foreach (var session in registry.Snapshot().Where(s => !s.IsClosed))
        {
            foreach (var registration in session.Registrations())
            {
                if (RealtimeTr.Find(registration.TrId) is not { Encrypted: false })
                {
                    continue;
                }

                if (!map.TryGetValue(registration, out var list))
                {
                    map[registration] = list = [];
                }

                list.Add(session);
            }
        }

        return map;
    }

    private IEnumerable<(string TrId, string[] Record)> Build(SimMarketEvent e, Dictionary<(string TrId, string TrKey), List<WsSession>> wanted)
    {
        bool Wants(string trId) => wanted.ContainsKey((trId, e.Code));
        switch (e.Kind)
        {
            case SimEventKind.Trade or SimEventKind.OpeningAuction or SimEventKind.ClosingAuction or SimEventKind.ClosingPriceTrade
                when Wants(RealtimeTr.TradeTick):
                if (TradeTick(e) is { } tick)
                {
                    yield return (RealtimeTr.TradeTick, tick);
                }

                break;
            case SimEventKind.QuoteChange or SimEventKind.ExpectedPrice when Wants(RealtimeTr.AskingPrice):
                if (Asking(e) is { } asking)
                {
                    yield return (RealtimeTr.AskingPrice, asking);
                }

                break;
            case SimEventKind.AfterHoursMatch or SimEventKind.AfterHoursIndicative:
                var tickTr = e.Kind == SimEventKind.AfterHoursMatch ? RealtimeTr.AfterHoursTick : RealtimeTr.AfterHoursExpected;
                if (Wants(tickTr) && AfterHoursTick(e) is { } afterHours)
                {
                    yield return (tickTr, afterHours);
                }

                if (Wants(RealtimeTr.AfterHoursAskingPrice) && AfterHoursAsking(e) is { } afterHoursBook)
                {
                    yield return (RealtimeTr.AfterHoursAskingPrice, afterHoursBook);
                }

                break;
            case SimEventKind.IndexTick when Wants(RealtimeTr.IndexTick):
                if (IndexTick(e) is { } index)
                {
                    yield return (RealtimeTr.IndexTick, index);
                }

                break;
        }
    }

    private string[]? TradeTick(SimMarketEvent e)
    {
        var quote = market.Quote(e.Code, e.At);
        var listing = market.Listing(e.Code);
        if (quote is null || listing is null)
        {
            return null;
        }

        return TradeTickRecord.Build(quote, e, market.Book(e.Code, e.At), listing.ListedShares, listing.Halted, PreviousDaySameTimeVolume(e.Code, quote.Date, e.At));
    }

    private string[]? Asking(SimMarketEvent e)
    {
        var book = market.Book(e.Code, e.At);
        var quote = market.Quote(e.Code, e.At);
        if (book is null || quote is null)
        {
            return null;
        }

        var (askChange, bidChange) = TotalsChange(RealtimeTr.AskingPrice, book);
        var hourClass = quote.Phase switch { SimPhase.PreOpen => "B", SimPhase.ClosingAuction => "A", _ => "0" };
        return AskingPriceRecord.Build(book, 10, hourClass, quote.Basis, quote.ExpectedPrice ?? 0m, quote.ExpectedVolume, quote.Volume, askChange, bidChange);
    }

    private string[]? AfterHoursTick(SimMarketEvent e)
    {
        var state = market.AfterHours(e.Code, e.At);
        var listing = market.Listing(e.Code);
        var basis = state is null ? null : market.Basis(e.Code, state.Date);
        if (state is null || listing is null || basis is null)
        {
            return null;
        }

        var first = market.AfterHoursAuctions(e.Code, state.Date, e.At).FirstOrDefault(a => a.Volume > 0)?.At;
        return AfterHoursTickRecord.Build(state, basis, e.At, e.Price, e.Volume, first, listing.ListedShares, listing.Halted);
    }

    private string[]? AfterHoursAsking(SimMarketEvent e)
    {
        var state = market.AfterHours(e.Code, e.At);
        var basis = state is null ? null : market.Basis(e.Code, state.Date);
        if (state is null || basis is null)
        {
            return null;
        }

        var (askChange, bidChange) = TotalsChange(RealtimeTr.AfterHoursAskingPrice, state.Book);
        return AskingPriceRecord.Build(state.Book, 9, "D", basis, state.IndicativePrice ?? 0m, state.IndicativeVolume, state.Volume, askChange, bidChange);
    }

    private string[]? IndexTick(SimMarketEvent e)
    {
        var index = market.Index(e.Code, e.At);
        if (index is null)
        {
            return null;
        }

        var previous = _lastIndex.GetValueOrDefault(e.Code);
        _lastIndex[e.Code] = index;
        var sameDay = previous is not null && previous.Date == index.Date;
        return IndexTickRecord.Build(
            index,
            sameDay ? index.Volume - previous!.Volume : index.Volume,
            sameDay ? index.TradingValue - previous!.TradingValue : index.TradingValue,
            sameDay ? index.Value - previous!.Value : index.Change);
    }

    private (long Ask, long Bid) TotalsChange(string trId, SimBook book)
    {
        var totals = (book.TotalAskQuantity, book.TotalBidQuantity);
        var change = _lastTotals.TryGetValue((trId, book.Code), out var previous)
            ? (totals.TotalAskQuantity - previous.Ask, totals.TotalBidQuantity - previous.Bid)
            : (0L, 0L);
        _lastTotals[(trId, book.Code)] = totals;
        return change;
    }

    /// <summary>PRDY_SMNS_HOUR_ACML_VOL: the previous trading day's cumulative volume at the same minute (cached per minute).</summary>
    private long PreviousDaySameTimeVolume(string code, DateOnly date, DateTimeOffset at)
    {
        var kst = at.ToOffset(SimSession.Kst);
        var minute = (kst.Hour * 60) + kst.Minute;
        if (_previousDayVolume.TryGetValue((code, date, minute), out var cached))
        {
            return cached;
        }

        if (_previousDayVolume.Count > 100_000)
        {
            _previousDayVolume.Clear();
        }

        var previousDate = market.PreviousTradingDay(date);
        var sameTime = new DateTimeOffset(previousDate.ToDateTime(TimeOnly.FromDateTime(kst.DateTime)), SimSession.Kst);
        var volume = previousDate < market.FirstTradingDay ? 0 : market.Quote(code, sameTime)?.Volume ?? 0;
        _previousDayVolume[(code, date, minute)] = volume;
        return volume;
    }
}
