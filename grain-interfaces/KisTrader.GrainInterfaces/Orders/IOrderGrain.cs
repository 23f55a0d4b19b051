using Orleans.Concurrency;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// One order (key: the client order id, <see cref="GrainKeys.Order"/>). Persists the intent before the POST; counts
/// fills from <c>fills/&lt;account&gt;</c> and from polling the daily executions, each once; resolves an unknown outcome
/// by looking the order up before any resubmission (never a blind retry). Every change is journaled, published on
/// <c>events/all</c> and told to the owner (<see cref="IPositionGrain.OnOrderChangedAsync"/>).
/// </summary>
[Alias("KisTrader.IOrderGrain")]
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Places the order (risk gates first). Idempotent: the same intent again returns the current view without a second
    /// submission. Returns once the broker answered, the outcome was found unknown, or a gate refused it.
    /// </summary>
    /// <exception cref="ArgumentException">The intent is invalid or its id is not this grain's key.</exception>
    /// <exception cref="InvalidOperationException">This id already holds a different intent.</exception>
    [Alias("Place")]
    Task<OrderView> PlaceAsync(OrderIntent intent);

    /// <summary>Cancels the unfilled rest (order-rvsecncl); a finished order is returned unchanged.</summary>
    [Alias("Cancel")]
    Task<OrderView> CancelAsync(string reason);

    /// <summary>Converts the unfilled rest of a limit order to a market order (order-rvsecncl, strategy.md §8).</summary>
    [Alias("ConvertToMarket")]
    Task<OrderView> ConvertToMarketAsync(string reason);

    /// <summary>Polls the day's executions now (and resolves an unknown outcome); returns the updated view.</summary>
    [Alias("Refresh")]
    Task<OrderView> RefreshAsync();

    /// <summary>The current view.</summary>
    [Alias("Get")]
    ValueTask<OrderView> GetAsync();

    /// <summary>
    /// A 체결통보 of one of this order's numbers (forwarded by its account's <see cref="IOrderBookGrain"/>). One-way so the
    /// book's stream never waits on an order; a lost notice is found by the next poll of the daily executions.
    /// </summary>
    [OneWay]
    [Alias("OnFillNotice")]
    Task OnFillNoticeAsync(FillNoticeEvent notice);
}
