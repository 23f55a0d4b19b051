using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Risk;

/// <summary>
/// The risk gates every order passes before it is sent (issue 10 "Safety"), independent of the strategy: tick grid and
/// price limits, the session/order-type window, orderable cash, maximum position size, maximum daily loss, halted / VI
/// status, the kill switch and halted symbols. The order grain calls it once per submission, after persisting the
/// intent and before the POST; a refusal is journaled and alerted by the caller and the order ends rejected.
/// </summary>
public interface IOrderGate
{
    /// <summary>Checks an order about to be sent at <paramref name="now"/>.</summary>
    Task<OrderGateVerdict> CheckAsync(OrderIntent intent, DateTimeOffset now, CancellationToken cancellationToken = default);
}
