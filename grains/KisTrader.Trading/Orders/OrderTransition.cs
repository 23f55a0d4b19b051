namespace KisTrader.Trading.Orders;

/// <summary>The answer of <see cref="OrderLifecycle.Next"/>: the state after the event, or a refusal that leaves it unchanged.</summary>
/// <param name="Allowed">True when the event applies in the state.</param>
/// <param name="State">The state after the event (the unchanged state when refused).</param>
public sealed record OrderTransition(bool Allowed, OrderState State)
{
    /// <summary>The event moves the order to <paramref name="state"/>.</summary>
    public static OrderTransition To(OrderState state) => new(true, state);

    /// <summary>The event does not apply: the order stays in <paramref name="state"/>.</summary>
    public static OrderTransition Refused(OrderState state) => new(false, state);
}
