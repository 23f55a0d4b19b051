using KisTrader.Grains.Risk;
using KisTrader.GrainInterfaces;

namespace KisTrader.Benchmarks;

/// <summary>
/// tick-to-order's gate: allows every order without a broker call. The registered <c>OrderGate</c> adds one
/// inquire-price call (exit-checks lane) per exit before the order is handed over; that call is not measured here.
/// </summary>
internal sealed class AllowAllOrderGate : IOrderGate
{
    public Task<OrderGateVerdict> CheckAsync(OrderIntent intent, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(OrderGateVerdict.Allow);
}
