using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// What <see cref="ScriptedOrderGrain"/>s do, per client order id, and every call they received (shared by the test and
/// the in-process silo). An order without a plan rests unfilled.
/// </summary>
public sealed class OrderScript
{
    private readonly ConcurrentDictionary<string, OrderPlan> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<OrderCall> _calls = new();

    /// <summary>Plans what the order <paramref name="clientOrderId"/> does.</summary>
    public OrderScript Plan(string clientOrderId, OrderPlan plan)
    {
        _plans[clientOrderId] = plan;
        return this;
    }

    public OrderPlan PlanOf(string clientOrderId) => _plans.GetValueOrDefault(clientOrderId, OrderPlan.Rest);

    public void Record(OrderCall call) => _calls.Enqueue(call);

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<OrderCall> Calls => [.. _calls];

    /// <summary>The first Place of each order, in order: the orders the position created.</summary>
    public IReadOnlyList<OrderIntent> Placed =>
        [.. _calls.Where(c => c.Method == "Place").Select(c => c.Intent!).DistinctBy(i => i.ClientOrderId)];

    public string Describe() => string.Join(", ", _calls.Select(c => $"{c.Method} {c.ClientOrderId} @{c.At:HH:mm:ss.fff}"));
}

/// <summary>How a scripted order fills.</summary>
/// <param name="FillOnPlace">Price of the fill the order gets when placed, or null for none.</param>
/// <param name="QuantityOnPlace">Shares of that fill (null: the whole order).</param>
/// <param name="FillOnConvert">Price the rest fills at when converted to market, or null for none.</param>
public sealed record OrderPlan(decimal? FillOnPlace, long? QuantityOnPlace = null, decimal? FillOnConvert = null)
{
    public static OrderPlan Rest { get; } = new((decimal?)null);
}

/// <summary>One call a scripted order received.</summary>
public sealed record OrderCall(string ClientOrderId, string Method, DateTimeOffset At, OrderIntent? Intent, string? Reason);
