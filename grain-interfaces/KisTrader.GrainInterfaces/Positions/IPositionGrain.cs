using Orleans.Concurrency;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// One position (key: <see cref="GrainKeys.Position"/>, entry date + code), from its Day-1 after-hours buy to its Day-2
/// exit. Quantity and average follow the fills of its orders; from 09:00 on D+1 its own timers and the symbol's ticks
/// re-evaluate the pure exit rules; it is flat by 15:30.
/// </summary>
[Alias("KisTrader.IPositionGrain")]
public interface IPositionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Places the position's one buy. Idempotent for the same entry; a second, different entry is refused (one buy per
    /// symbol per session, enforced here by state).
    /// </summary>
    [Alias("Enter")]
    Task<PositionView> EnterAsync(PositionEntry entry);

    /// <summary>
    /// An order of this position changed (its grain tells it; one-way so an order and its position never wait on each
    /// other). Fills are applied once by their key; a lost call is recovered by the position's own refresh.
    /// </summary>
    [OneWay]
    [Alias("OnOrderChanged")]
    Task OnOrderChangedAsync(OrderView order);

    /// <summary>Cancels the unfilled rest of the position's buy (kill switch "halt entries"); shares already bought stay held.</summary>
    [Alias("CancelEntry")]
    Task<PositionView> CancelEntryAsync(string requestedBy, string reason);

    /// <summary>Sells everything at the first session the broker accepts (kill switch "flatten" or a manual close).</summary>
    [Alias("Flatten")]
    Task<PositionView> FlattenAsync(string requestedBy, string reason);

    /// <summary>The current view.</summary>
    [Alias("Get")]
    ValueTask<PositionView> GetAsync();

    /// <summary>
    /// Trades of the symbol, oldest first, from the symbol grain it follows (<see cref="ISymbolGrain.FollowTicksAsync"/>).
    /// Each print is applied and the rules evaluated on it in order, as if it had come alone. Answers false when the
    /// position no longer wants ticks (closed or never entered), so the symbol grain drops it.
    /// </summary>
    [Alias("ReceiveTicks")]
    Task<bool> ReceiveTicksAsync(TickBatch batch);
}
