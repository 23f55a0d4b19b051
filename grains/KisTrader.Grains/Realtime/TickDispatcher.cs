using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Per-silo tick dispatcher: every event the realtime pump reads is posted here and delivered to the symbol's
/// <see cref="ISymbolGrain"/> (<see cref="ISymbolGrain.ReceiveTicksAsync"/>), which updates its snapshot and hands the
/// trades to the positions following it. One call in flight per symbol, carrying everything that arrived meanwhile
/// (<see cref="TickLanes{TKey}"/>): the call rate adapts to the grains' pace instead of one stream enqueue and one
/// delivery per tick per subscriber, and nothing waits for a pulling agent's poll. Order per symbol is kept; every
/// event is delivered once unless the symbol grain fails <see cref="Attempts"/> times on the same events or falls
/// <see cref="Capacity"/> events behind (both logged as errors with the count).
/// <para>
/// What a drop means for a position's exit rules (README "What a dropped tick means for a stop loss"): the attempts are
/// spent only when the symbol grain call itself fails (a position that fails is handled by the symbol grain, per
/// position); the prints of a dropped batch never reach the positions, and the next print delivered is evaluated as
/// usual, so a stop loss crossed only inside the dropped prints is missed, one the price is still beyond acts on the next
/// print. A position has no price of its own when the trades stop altogether: its timers evaluate the last traded price
/// it holds, and only the closing-auction forced exit (15:20) sells without one.
/// </para>
/// </summary>
public sealed class TickDispatcher : ITickDispatcher
{
    /// <summary>Events one symbol may have waiting (minutes of the busiest symbol's feed: only a stuck grain reaches it).</summary>
    public const int Capacity = 50_000;

    /// <summary>Sends of the same events to a symbol grain before they are given up.</summary>
    public const int Attempts = 3;

    private readonly TickLanes<string> _lanes;

    public TickDispatcher(IGrainFactory grains, ILogger<TickDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(logger);
        _lanes = new TickLanes<string>(
            (symbol, batch) => grains.GetGrain<ISymbolGrain>(GrainKeys.Symbol(symbol)).ReceiveTicksAsync(batch),
            Capacity,
            Attempts,
            (symbol, e, count, dropped) => logger.DispatchFailed(symbol, count, dropped, e),
            (symbol, count) => logger.DispatchOverflow(symbol, count, Capacity));
    }

    public long Pending => _lanes.Pending;

    public long Delivered => _lanes.Sent;

    public long Calls => _lanes.Sends;

    public long Dropped => _lanes.Dropped;

    public void Post(MarketDataEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _lanes.Post(item.Symbol, item);
    }
}
