using System.Globalization;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Orders;

namespace KisTrader.Grains.Tests.Infrastructure;

/// <summary>
/// What the real order grains of a scenario did, read from the journals they write: the intents in the order journal
/// (created before the POST, in creation order) and every <see cref="OrderChanged"/> in the journal stream "order".
/// Shared by the position scenarios and the after-hours harness.
/// </summary>
public sealed class OrderTrail(InMemoryOrderJournal orders, ITradingJournal events)
{
    /// <summary>The orders created so far, oldest first: the orders the position placed.</summary>
    public IReadOnlyList<OrderIntent> Placed => [.. orders.Orders.OrderBy(o => o.CreatedAt).ThenBy(o => o.Intent.ClientOrderId, StringComparer.Ordinal).Select(o => o.Intent)];

    /// <summary>When the order grain got the intent (the grains' clock).</summary>
    public DateTimeOffset PlacedAt(string clientOrderId) => orders.Orders.Single(o => o.Intent.ClientOrderId == clientOrderId).CreatedAt;

    /// <summary>Every POST the broker got (order-cash), over all orders.</summary>
    public IReadOnlyList<OrderSubmissionRecord> Submissions => orders.Submissions;

    /// <summary>The changes of one kind over every order, oldest first, with when they happened and their detail (the reason asked).</summary>
    public async Task<IReadOnlyList<OrderAction>> ActionsAsync(OrderChange change)
    {
        var found = new List<OrderAction>();
        foreach (var intent in Placed)
        {
            foreach (var e in await events.ReadEventsAsync("order", intent.ClientOrderId))
            {
                if (JsonSerializer.Deserialize<TradingEventPayload>(e.Event.PayloadJson, TradingEventPublisher.PayloadJson) is OrderChanged c && c.Change == change)
                {
                    found.Add(new OrderAction(c.ClientOrderId, e.Event.OccurredAt, c.Detail));
                }
            }
        }

        return [.. found.OrderBy(a => a.At)];
    }

    public string Describe() => string.Join(", ", orders.Orders.OrderBy(o => o.CreatedAt).Select(o => string.Create(CultureInfo.InvariantCulture,
        $"{o.Intent.ClientOrderId} {o.Intent.Side} {o.Intent.Kind} {o.Intent.Quantity}@{o.Intent.LimitPrice} {o.Intent.Reason} at {o.CreatedAt:HH:mm:ss}")))
        + "; fills: " + string.Join(", ", orders.Fills.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Quantity}@{f.Price} {f.FilledAt:HH:mm:ss}")))
        + "; states: " + string.Join(", ", orders.StateChanges.Select(s => $"{s.State}({s.Note})"));
}
