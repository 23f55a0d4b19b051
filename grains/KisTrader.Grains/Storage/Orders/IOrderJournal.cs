namespace KisTrader.Grains.Storage.Orders;

/// <summary>
/// The journal of orders (deploy/sql/journal: <c>orders</c>, <c>order_submissions</c>, <c>order_state_changes</c>,
/// <c>fills</c>; append-only). Writes of the order row, a submission and a fill are idempotent (a grain that crashed
/// after writing repeats them harmlessly); state changes are history and may repeat after a crash.
/// </summary>
public interface IOrderJournal
{
    /// <summary>The order's intent (once per client order id), written before anything is sent.</summary>
    Task RecordOrderAsync(OrderRecord order, CancellationToken cancellationToken = default);

    /// <summary>One attempt to hand the order to the broker and what came back (once per attempt).</summary>
    Task RecordSubmissionAsync(OrderSubmissionRecord submission, CancellationToken cancellationToken = default);

    /// <summary>A state the order reached.</summary>
    Task RecordStateChangeAsync(OrderStateChangeRecord change, CancellationToken cancellationToken = default);

    /// <summary>One execution, once per (order, fill key).</summary>
    Task RecordFillAsync(OrderFillRecord fill, CancellationToken cancellationToken = default);
}
