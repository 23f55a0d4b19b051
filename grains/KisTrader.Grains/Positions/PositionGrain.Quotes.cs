using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using Orleans.Streams;

namespace KisTrader.Grains.Positions;

/// <summary>
/// The symbol's trades: an explicit subscription to <c>ticks/&lt;code&gt;</c> (resumed on activation, removed at the end),
/// and a watch on the symbol grain so the realtime session registers the trades feed (priority Position).
/// </summary>
internal sealed partial class PositionGrain
{
    private StreamSubscriptionHandle<MarketDataEvent>? _ticks;
    private bool _watching;

    /// <summary>The latest trade of the exit day at or after the morning start (what the rules are evaluated on), or null.</summary>
    private QuoteSnapshot? _quote;

    /// <summary>When the latest trade applied happened (exchange time): an older one delivered later is not applied.</summary>
    private DateTimeOffset? _lastTradeAt;

    private IAsyncStream<MarketDataEvent> TickStream =>
        this.GetStreamProvider(ProviderNames.Streams).GetStream<MarketDataEvent>(StreamIds.Ticks(Code));

    /// <summary>On activation: re-attaches a subscription the pub-sub store kept, or removes it when the position is over.</summary>
    private async Task ResumeQuotesAsync()
    {
        var handles = await TickStream.GetAllSubscriptionHandles();
        if (handles.Count == 0)
        {
            return;
        }

        if (S.Status != PositionStatus.Open)
        {
            foreach (var handle in handles)
            {
                await handle.UnsubscribeAsync();
            }

            return;
        }

        _ticks = await handles[0].ResumeAsync(OnTickAsync, OnTicksErrorAsync);
        foreach (var extra in handles.Skip(1))
        {
            await extra.UnsubscribeAsync();
        }
    }

    private async Task StartQuotesAsync()
    {
        _ticks ??= await TickStream.SubscribeAsync(OnTickAsync, OnTicksErrorAsync);
        if (_watching)
        {
            return;
        }

        try
        {
            var answer = await GrainFactory.GetGrain<ISymbolGrain>(GrainKeys.Symbol(Code)).WatchAsync(Key, MarketDataKinds.Trades, MarketDataPriority.Position);
            _watching = answer.Accepted;
            if (!answer.Accepted)
            {
                logger.WatchRefused(Key, answer.Reason);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next wake asks again; the timers act on the last price meanwhile.
            logger.WatchFailed(e, Key);
        }
    }

    private async Task StopQuotesAsync()
    {
        if (_ticks is not null)
        {
            await _ticks.UnsubscribeAsync();
            _ticks = null;
        }

        if (_watching)
        {
            try
            {
                await GrainFactory.GetGrain<ISymbolGrain>(GrainKeys.Symbol(Code)).UnwatchAsync(Key, MarketDataKinds.Trades);
                _watching = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.WatchFailed(e, Key);
            }
        }
    }

    /// <summary>
    /// A trade: the last price; from the exit day's morning start, the quote the rules use — the first one is the day's
    /// first price (the overnight gap's end, acted on at once: a symbol opening beyond a threshold sells on it).
    /// </summary>
    private async Task OnTickAsync(MarketDataEvent e, StreamSequenceToken? token)
    {
        if (e.Tick is not { } tick || e.Kind != MarketDataKinds.Trades || tick.Price <= 0 || S.Status != PositionStatus.Open)
        {
            return;
        }

        if (_lastTradeAt is { } last && e.At < last)
        {
            // A print older than one already applied (two sources, or a feed catching up after a gap): the rules must not
            // act on a price the market has already moved past.
            return;
        }

        _lastTradeAt = e.At;
        S.LastPrice = tick.Price;
        if (!Schedule.IsTradingWindow(e.At))
        {
            return;
        }

        _quote = new QuoteSnapshot(Code, tick.Price, tick.BestBid > 0 ? tick.BestBid : null, e.At);
        var now = clock.GetUtcNow();
        try
        {
            if (S.Day2Open is null)
            {
                S.Day2Open = tick.Price;
                await SaveAsync(now);
                await PublishAsync(PositionChange.FirstPrice, now, null);
            }

            await EvaluateAsync(now);
        }
        finally
        {
            ArmWake(clock.GetUtcNow());
        }
    }

    private Task OnTicksErrorAsync(Exception exception)
    {
        logger.TicksFailed(exception, Key);
        return Task.CompletedTask;
    }
}
