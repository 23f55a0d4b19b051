using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Web.Relay;

namespace KisTrader.Web.Portfolio;

/// <summary>
/// The order and fill history, read from the journaled events (<see cref="IEventHistory"/>: <c>journal.events</c> with
/// PostgreSQL, else this front end's relay buffer): every <see cref="OrderChanged"/> gives its order's latest view and
/// every counted execution once (by order and fill key). Read incrementally from the last sequence seen, so a query
/// only reads what is new.
/// </summary>
public sealed class OrderHistory(IEventHistory events) : IDisposable
{
    private const int PageSize = 1000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, OrderRow> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Order, string FillKey), FillRow> _fills = [];
    private long _after;

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    /// <summary>Every order seen, newest change first.</summary>
    public async Task<IReadOnlyList<OrderRow>> OrdersAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return [.. _orders.Values.OrderByDescending(o => o.Sequence)];
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every execution seen, newest first.</summary>
    public async Task<IReadOnlyList<FillRow>> FillsAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return [.. _fills.Values.OrderByDescending(f => f.At).ThenByDescending(f => f.Sequence)];
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var page = await events.ReadAfterAsync(_after, PageSize, cancellationToken);
                foreach (var e in page.Events)
                {
                    Apply(e);
                }

                _after = Math.Max(_after, page.Last);
                if (!page.More)
                {
                    return;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Apply(EventMessage e)
    {
        if (e.Category != nameof(TradingEventCategory.Order) || Read(e.Payload) is not { Order.Intent: { } intent } changed)
        {
            return;
        }

        if (!_orders.TryGetValue(changed.ClientOrderId, out var known) || known.Sequence < e.Sequence)
        {
            _orders[changed.ClientOrderId] = new OrderRow(e.Sequence, changed.ClientOrderId, changed.Change, e.At, changed.Order);
        }

        if (changed.Fill is { } fill)
        {
            _fills.TryAdd((changed.ClientOrderId, fill.FillKey), new FillRow(
                e.Sequence, changed.ClientOrderId, intent.TradingDate, intent.Symbol, intent.Side, intent.Purpose,
                fill.Quantity, fill.Price, fill.At, fill.FromPolling));
        }
    }

    private static OrderChanged? Read(JsonElement payload)
    {
        try
        {
            return payload.Deserialize<TradingEventPayload>(TradingEventPublisher.PayloadJson) as OrderChanged;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
