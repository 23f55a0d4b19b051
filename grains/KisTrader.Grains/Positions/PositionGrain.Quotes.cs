using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;

namespace KisTrader.Grains.Positions;

/// <summary>
/// The symbol's trades: the position follows its symbol grain (<see cref="ISymbolGrain.FollowTicksAsync"/>, persisted
/// there), which hands it every trade, oldest first, in batches (<see cref="ReceiveTicksAsync"/>: the silo's tick
/// dispatcher coalesces calls, never prints); and a watch on the symbol grain so the realtime session registers the
/// trades feed (priority Position). The <c>ticks/&lt;code&gt;</c> stream is not read here any more (it is the web's).
/// </summary>
internal sealed partial class PositionGrain
{
    private bool _following;
    private bool _watching;

    /// <summary>The latest trade of the exit day at or after the morning start (what the rules are evaluated on), or null.</summary>
    private QuoteSnapshot? _quote;

    /// <summary>When the latest trade applied happened (exchange time): an older one delivered later is not applied.</summary>
    private DateTimeOffset? _lastTradeAt;

    private ISymbolGrain SymbolGrain => GrainFactory.GetGrain<ISymbolGrain>(GrainKeys.Symbol(Code));

    /// <summary>
    /// Each trade in order, the rules evaluated on each as if it had come alone, at one instant (the batch's arrival);
    /// false when no ticks are wanted. A print whose price and bid equal those of a print already evaluated in this
    /// batch, with the position unchanged since, is not evaluated again: the rules are pure functions of (position,
    /// price, bid, instant), and that evaluation held (anything else changes the position), so it would hold again.
    /// </summary>
    public async Task<bool> ReceiveTicksAsync(TickBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (S.Status is not (PositionStatus.Entering or PositionStatus.Open))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var schedule = S.ExitDate is null ? null : Schedule;
        var applied = false;
        var held = new HashSet<(decimal Price, decimal Bid)>();
        var version = Version();
        try
        {
            foreach (var e in batch.Events)
            {
                if (schedule is null || !Apply(e, schedule))
                {
                    continue;
                }

                applied = true;
                TickArrived(now);
                var tick = e.Tick!;
                if (S.Day2Open is null)
                {
                    S.Day2Open = tick.Price;
                    await SaveAsync(now);
                    await PublishAsync(PositionChange.FirstPrice, now, null);
                }
                else if (Version() == version && held.Contains((tick.Price, tick.BestBid)))
                {
                    continue;
                }

                await EvaluateAsync(now);
                if (Version() != version)
                {
                    version = Version();
                    held.Clear();
                }
                else
                {
                    held.Add((tick.Price, tick.BestBid));
                }
            }
        }
        finally
        {
            if (applied)
            {
                ArmWake();
            }
        }

        return true;
    }

    /// <summary>
    /// On activation: removes a <c>ticks/&lt;code&gt;</c> subscription an earlier version left in the pub-sub store (the
    /// trades now come from the symbol grain, which keeps its followers itself).
    /// </summary>
    private async Task ResumeQuotesAsync()
    {
        var stream = this.GetStreamProvider(ProviderNames.Streams).GetStream<MarketDataEvent>(StreamIds.Ticks(Code));
        foreach (var handle in await stream.GetAllSubscriptionHandles())
        {
            await handle.UnsubscribeAsync();
        }
    }

    private async Task StartQuotesAsync()
    {
        if (!_following)
        {
            await SymbolGrain.FollowTicksAsync(Key);
            _following = true;
        }

        if (_watching)
        {
            return;
        }

        try
        {
            var answer = await SymbolGrain.WatchAsync(Key, MarketDataKinds.Trades, MarketDataPriority.Position);
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
        try
        {
            // Also when this activation did not follow: an earlier one may have (the symbol's list is persisted).
            await SymbolGrain.UnfollowTicksAsync(Key);
            _following = false;
            if (_watching)
            {
                await SymbolGrain.UnwatchAsync(Key, MarketDataKinds.Trades);
                _watching = false;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A follower left behind is dropped by the symbol grain at its next trade (this position answers false).
            logger.WatchFailed(e, Key);
        }
    }

    /// <summary>
    /// A trade: the last price; from the exit day's morning start, the quote the rules use — the first one is the day's
    /// first price (the overnight gap's end, acted on at once: a symbol opening beyond a threshold sells on it).
    /// True when it is the rules' new quote (the caller evaluates them).
    /// </summary>
    private bool Apply(MarketDataEvent e, ExitSchedule schedule)
    {
        if (e.Tick is not { } tick || e.Kind != MarketDataKinds.Trades || tick.Price <= 0 || S.Status != PositionStatus.Open)
        {
            return false;
        }

        if (_lastTradeAt is { } last && e.At < last)
        {
            // A print older than one already applied (two sources, or a feed catching up after a gap): the rules must not
            // act on a price the market has already moved past.
            return false;
        }

        _lastTradeAt = e.At;
        S.LastPrice = tick.Price;
        if (!schedule.IsTradingWindow(e.At))
        {
            return false;
        }

        _quote = new QuoteSnapshot(Code, tick.Price, tick.BestBid > 0 ? tick.BestBid : null, e.At);
        return true;
    }

    /// <summary>What the rules read of the position besides the quote and the instant: equal versions, equal decisions.</summary>
    private (PositionStatus, int, int, int, int, int, bool, string?, int) Version()
    {
        int converted = 0, finished = 0;
        foreach (var o in S.Orders)
        {
            converted += o.Converted ? 1 : 0;
            finished += o.Finished ? 1 : 0;
        }

        return (S.Status, S.Orders.Count, S.Fills.Count, converted, finished, S.RejectedSells, S.PartialTaken, S.FlattenBy, S.NextSell);
    }
}
