using System.Diagnostics;
using System.Diagnostics.Metrics;
using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Orders;

/// <summary>
/// The order grains' metrics (meter <see cref="MeterName"/>): one count at the instant an order is handed to the KIS
/// client (<see cref="HandedToClient"/>, before any rate-limit wait inside the client) and the duration of that call
/// (<see cref="PlacementDuration"/>: the client's rate-limit wait, the POST and its answer). Nothing is measured, and no
/// tag is built, while no listener is attached; recording never changes what the grain does.
/// </summary>
public static class OrderMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "KisTrader.Orders";

    /// <summary>Counter (orders): an order handed to <c>IKisTrading.PlaceCashOrderAsync</c>; tags <c>symbol</c>, <c>side</c>, <c>purpose</c>.</summary>
    public const string HandedToClient = "kistrader.orders.handed_to_client";

    /// <summary>Histogram (ms): how long <c>IKisTrading.PlaceCashOrderAsync</c> took (rate-limit wait + POST); same tags.</summary>
    public const string PlacementDuration = "kistrader.orders.placement_duration";

    /// <summary>Counter (orders): an order grain took an intent (<c>OrderChange.Created</c>); tags <c>side</c>, <c>purpose</c>.</summary>
    public const string Created = "kistrader.orders.created";

    /// <summary>Counter (fills): a fill counted by an order grain (notice or poll, once each); tags <c>side</c>, <c>purpose</c>.</summary>
    public const string Fills = "kistrader.orders.fills";

    /// <summary>Counter (orders): a refusal — broker business rejection, risk gate, or retries given up; tags <c>side</c>, <c>purpose</c>, <c>reason</c>.</summary>
    public const string Rejections = "kistrader.orders.rejections";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Handed = Meter.CreateCounter<long>(HandedToClient, "{order}", "orders handed to the KIS client");
    private static readonly Histogram<double> Placement = Meter.CreateHistogram<double>(PlacementDuration, "ms", "duration of the KIS client's order call");
    private static readonly Counter<long> CreatedOrders = Meter.CreateCounter<long>(Created, "{order}", "orders taken by the order grains");
    private static readonly Counter<long> CountedFills = Meter.CreateCounter<long>(Fills, "{fill}", "fills counted by the order grains");
    private static readonly Counter<long> Refused = Meter.CreateCounter<long>(Rejections, "{order}", "orders refused by the broker, a risk gate, or given up");

    /// <summary>Counts an order's change that the metrics name (created, filled, rejected, gate-refused, gave up).</summary>
    internal static void Changed(OrderIntent intent, OrderChange change)
    {
        switch (change)
        {
            case OrderChange.Created when CreatedOrders.Enabled:
                CreatedOrders.Add(1, Short(intent));
                break;
            case OrderChange.Filled when CountedFills.Enabled:
                CountedFills.Add(1, Short(intent));
                break;
            case OrderChange.Rejected or OrderChange.GateRefused or OrderChange.GaveUp when Refused.Enabled:
                var tags = Short(intent);
                tags.Add("reason", change.ToString());
                Refused.Add(1, tags);
                break;
            default:
                break;
        }
    }

    /// <summary>Counts <paramref name="intent"/> handed to the client now; returns the timestamp the duration is measured from (0 when unobserved).</summary>
    internal static long Handing(OrderIntent intent)
    {
        if (!Handed.Enabled && !Placement.Enabled)
        {
            return 0;
        }

        Handed.Add(1, Tags(intent));
        return Stopwatch.GetTimestamp();
    }

    /// <summary>Records the call's duration since <paramref name="started"/> (from <see cref="Handing"/>; nothing when 0).</summary>
    internal static void Answered(OrderIntent intent, long started)
    {
        if (started != 0 && Placement.Enabled)
        {
            Placement.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, Tags(intent));
        }
    }

    private static TagList Short(OrderIntent intent) => new()
    {
        { "side", intent.Side.ToString() },
        { "purpose", intent.Purpose.ToString() },
    };

    private static TagList Tags(OrderIntent intent) => new()
    {
        { "symbol", intent.Symbol },
        { "side", intent.Side.ToString() },
        { "purpose", intent.Purpose.ToString() },
    };
}
