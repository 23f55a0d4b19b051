namespace KisTrader.Kis.WebSocket;

/// <summary>A subscribe/unsubscribe message waiting for its control reply (one at a time per connection).</summary>
internal sealed class PendingRequest(string trId, string trKey)
{
    private readonly TaskCompletionSource<ControlReply> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string TrId { get; } = trId;

    public string TrKey { get; } = trKey;

    public Task<ControlReply> Reply => _reply.Task;

    /// <summary>
    /// Whether <paramref name="reply"/> answers this request: same TR and key, or a reply KIS could not attribute
    /// (tr_id "(null)" or empty, e.g. OPSP8996 and JSON errors).
    /// </summary>
    public bool Matches(ControlReply reply) =>
        reply.TrId is "(null)" or ""
        || (string.Equals(reply.TrId, TrId, StringComparison.Ordinal) && (reply.TrKey.Length == 0 || string.Equals(reply.TrKey, TrKey, StringComparison.Ordinal)));

    public void Complete(ControlReply reply) => _reply.TrySetResult(reply);

    public void Fail(Exception reason) => _reply.TrySetException(reason);
}
