using System.Collections.Immutable;

namespace KisTrader.Trading.Exits;

/// <summary>
/// The instants a position must be re-evaluated on its exit day (strategy.md §7, architecture.md §6): the start of
/// the quote watch, every window boundary of <see cref="ExitPolicy.Boundaries"/> (09:00, 13:00, 15:00, 15:20, the
/// 15:25 market deadline and the 15:30 close), and the conversion instant of every open exit limit order
/// (<see cref="ExitOrderManager.ConversionDueAt"/>: 30 s after placing, 15:25 at the latest, forced exits at 15:25).
/// Optionally, while orders are open, a periodic refresh so a lost order notification is recovered. Pure: the caller
/// passes the clock's now; a grain arms one timer for <see cref="NextAfter"/> and asks again when it fires.
/// </summary>
public sealed class ExitSchedule
{
    /// <summary>Builds the schedule of one exit day.</summary>
    /// <param name="policy">The exit day's policy (its boundaries).</param>
    /// <param name="orders">The exit day's order manager (conversion instants); must be of the same day as the policy.</param>
    /// <param name="watchLead">How long before the morning start the quote watch begins (zero or positive).</param>
    public ExitSchedule(ExitPolicy policy, ExitOrderManager orders, TimeSpan watchLead)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentOutOfRangeException.ThrowIfLessThan(watchLead, TimeSpan.Zero);
        if (orders.MarketClose != policy.MarketClose || orders.ForcedMarketConversion != policy.ForcedMarketConversion)
        {
            throw new ArgumentException("the order manager is of another day or other options than the policy", nameof(orders));
        }

        Policy = policy;
        Orders = orders;
        WatchFrom = policy.MorningStart - watchLead;
    }

    /// <summary>The exit day's policy.</summary>
    public ExitPolicy Policy { get; }

    /// <summary>The exit day's order manager.</summary>
    public ExitOrderManager Orders { get; }

    /// <summary>When the position starts following its symbol's quotes (the morning start minus the lead).</summary>
    public DateTimeOffset WatchFrom { get; }

    /// <summary>True while exit decisions can be taken: from the morning start (inclusive) to the close (exclusive).</summary>
    public bool IsTradingWindow(DateTimeOffset now) => now >= Policy.MorningStart && now < Policy.MarketClose;

    /// <summary>
    /// Every instant strictly after <paramref name="now"/> up to the close, ascending (equal instants in
    /// <see cref="ExitInstantKind"/> order, then by order id). Open orders without an unfilled rest, market orders and
    /// conversion instants not after <paramref name="now"/> (already due: see <see cref="DueForConversion"/>) add none.
    /// </summary>
    public ImmutableArray<ExitInstant> InstantsAfter(DateTimeOffset now, IEnumerable<OpenExitOrder> openOrders)
    {
        ArgumentNullException.ThrowIfNull(openOrders);
        var list = new List<ExitInstant>();
        if (WatchFrom > now && WatchFrom < Policy.MorningStart)
        {
            list.Add(new ExitInstant(WatchFrom, ExitInstantKind.WatchStart));
        }

        foreach (var boundary in Policy.Boundaries.Where(b => b > now))
        {
            var kind = boundary == Policy.MarketClose ? ExitInstantKind.Close
                : boundary == Policy.ForcedMarketConversion ? ExitInstantKind.MarketDeadline
                : ExitInstantKind.WindowBoundary;
            list.Add(new ExitInstant(boundary, kind));
        }

        foreach (var order in openOrders)
        {
            ArgumentNullException.ThrowIfNull(order);
            if (order.RemainingQuantity > 0 && Orders.ConversionDueAt(order) is { } due && due > now && due < Policy.MarketClose)
            {
                list.Add(new ExitInstant(due, ExitInstantKind.ConversionDue, order.OrderId));
            }
        }

        return [.. list.OrderBy(i => i.At).ThenBy(i => i.Kind).ThenBy(i => i.OrderId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The first instant strictly after <paramref name="now"/>, or null when nothing is left (after the close). With a
    /// positive <paramref name="refreshEvery"/> and an open order with an unfilled rest, never later than
    /// now + refreshEvery (a <see cref="ExitInstantKind.Refresh"/>), even after the close, so an order's end is still seen.
    /// </summary>
    public ExitInstant? NextAfter(DateTimeOffset now, IEnumerable<OpenExitOrder> openOrders, TimeSpan refreshEvery = default)
    {
        ArgumentNullException.ThrowIfNull(openOrders);
        var open = openOrders as IReadOnlyCollection<OpenExitOrder> ?? [.. openOrders];
        var next = InstantsAfter(now, open).FirstOrDefault();
        if (refreshEvery > TimeSpan.Zero && open.Any(o => o.RemainingQuantity > 0))
        {
            var refresh = now + refreshEvery;
            if (next is null || refresh < next.At)
            {
                return new ExitInstant(refresh, ExitInstantKind.Refresh);
            }
        }

        return next;
    }

    /// <summary>The open limit orders whose conversion instant has come at <paramref name="now"/> (before the close), oldest due first.</summary>
    public ImmutableArray<OpenExitOrder> DueForConversion(DateTimeOffset now, IEnumerable<OpenExitOrder> openOrders)
    {
        ArgumentNullException.ThrowIfNull(openOrders);
        if (now >= Policy.MarketClose)
        {
            return [];
        }

        return [.. openOrders
            .Where(o => o.RemainingQuantity > 0 && Orders.ConversionDueAt(o) is { } due && due <= now)
            .OrderBy(o => Orders.ConversionDueAt(o))
            .ThenBy(o => o.OrderId, StringComparer.Ordinal)];
    }
}
