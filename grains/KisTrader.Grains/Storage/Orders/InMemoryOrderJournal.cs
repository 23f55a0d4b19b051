namespace KisTrader.Grains.Storage.Orders;

/// <summary>
/// <see cref="IOrderJournal"/> in memory (simulator runs without a database, tests): the same idempotency as the
/// PostgreSQL tables' unique keys; readable for tests and the console.
/// </summary>
public sealed class InMemoryOrderJournal : IOrderJournal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OrderRecord> _orders = new(StringComparer.Ordinal);
    private readonly List<OrderSubmissionRecord> _submissions = [];
    private readonly List<OrderStateChangeRecord> _changes = [];
    private readonly List<OrderFillRecord> _fills = [];

    /// <summary>The orders by client order id.</summary>
    public IReadOnlyList<OrderRecord> Orders { get { lock (_gate) { return [.. _orders.Values]; } } }

    /// <summary>Every submission, in the order written.</summary>
    public IReadOnlyList<OrderSubmissionRecord> Submissions { get { lock (_gate) { return [.. _submissions]; } } }

    /// <summary>Every state change, in the order written.</summary>
    public IReadOnlyList<OrderStateChangeRecord> StateChanges { get { lock (_gate) { return [.. _changes]; } } }

    /// <summary>Every fill, in the order written.</summary>
    public IReadOnlyList<OrderFillRecord> Fills { get { lock (_gate) { return [.. _fills]; } } }

    public Task RecordOrderAsync(OrderRecord order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (_gate)
        {
            _orders.TryAdd(order.Intent.ClientOrderId, order);
        }

        return Task.CompletedTask;
    }

    public Task RecordSubmissionAsync(OrderSubmissionRecord submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        lock (_gate)
        {
            if (!_submissions.Exists(s => s.OrderId == submission.OrderId && s.Attempt == submission.Attempt))
            {
                _submissions.Add(submission);
            }
        }

        return Task.CompletedTask;
    }

    public Task RecordStateChangeAsync(OrderStateChangeRecord change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            _changes.Add(change);
        }

        return Task.CompletedTask;
    }

    public Task RecordFillAsync(OrderFillRecord fill, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fill);
        lock (_gate)
        {
            if (!_fills.Exists(f => f.OrderId == fill.OrderId && string.Equals(f.FillKey, fill.FillKey, StringComparison.Ordinal)))
            {
                _fills.Add(fill);
            }
        }

        return Task.CompletedTask;
    }
}
