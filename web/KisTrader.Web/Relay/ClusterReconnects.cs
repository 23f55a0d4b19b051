namespace KisTrader.Web.Relay;

/// <summary>
/// Tells the relays that the Orleans client got its gateway connection back after losing every one (a silo restarted,
/// the network came back): the cluster's stream pub-sub may have forgotten this client's subscriptions (memory streams
/// keep them in the silo), so each relay subscribes again. Raised by the client's gateway-count handler (client mode);
/// never in the one-process mode, whose silo is this process.
/// </summary>
public sealed class ClusterReconnects
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many recoveries have happened.</summary>
    public long Count { get; private set; }

    /// <summary>Completes at the next recovery.</summary>
    public Task Next
    {
        get
        {
            lock (_lock)
            {
                return _next.Task;
            }
        }
    }

    /// <summary>The client is connected again.</summary>
    public void Recovered()
    {
        TaskCompletionSource done;
        lock (_lock)
        {
            Count++;
            done = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }
}
