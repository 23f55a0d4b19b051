using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// The silo's low-latency path from the realtime session to the deciding grains (see <see cref="TickDispatcher"/>):
/// the market-data pump posts every per-symbol event here before it relays it on <c>ticks/&lt;symbol&gt;</c>.
/// </summary>
public interface ITickDispatcher
{
    /// <summary>Events posted and not yet taken by their symbol grain.</summary>
    long Pending { get; }

    /// <summary>Events taken by their symbol grains.</summary>
    long Delivered { get; }

    /// <summary>Grain calls made (each carries one or more events).</summary>
    long Calls { get; }

    /// <summary>Events given up (a symbol grain kept failing, or fell the lane's capacity behind).</summary>
    long Dropped { get; }

    /// <summary>Hands <paramref name="item"/> to its symbol grain (in order, coalesced with what is waiting); never waits.</summary>
    void Post(MarketDataEvent item);
}
