using Orleans.Streams;

namespace KisTrader.Web.Relay;

/// <summary>Subscribes this front end (co-hosted silo or Orleans client) to a stream, retrying until the cluster answers.</summary>
internal static class StreamSubscriber
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public static async Task<StreamSubscriptionHandle<T>?> SubscribeAsync<T>(
        IClusterClient client, StreamId id, Func<T, Task> onNext, ILogger logger, CancellationToken cancellationToken)
    {
        var name = id.ToString();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var stream = client.GetStreamProvider(GrainInterfaces.ProviderNames.Streams).GetStream<T>(id);
                var handle = await stream.SubscribeAsync((item, _) => onNext(item));
                RelayLog.Subscribed(logger, name);
                return handle;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RelayLog.SubscribeFailed(logger, e, name, RetryDelay);
                // Wall time on purpose: a retry against the cluster, not a simulated-clock matter.
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// Keeps <paramref name="ids"/> subscribed until <paramref name="cancellationToken"/>: subscribes, and after every
    /// cluster recovery (<see cref="ClusterReconnects"/>) drops the old subscriptions (errors ignored: the silo may no
    /// longer know them) and subscribes again; unsubscribes at the end.
    /// </summary>
    public static async Task FollowAsync<T>(
        IClusterClient client, ClusterReconnects reconnects, IReadOnlyList<StreamId> ids, Func<T, Task> onNext, ILogger logger, CancellationToken cancellationToken)
    {
        var handles = new List<StreamSubscriptionHandle<T>>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var recovered = reconnects.Next;
                foreach (var id in ids)
                {
                    if (await SubscribeAsync(client, id, onNext, logger, cancellationToken) is { } handle)
                    {
                        handles.Add(handle);
                    }
                }

                await recovered.WaitAsync(cancellationToken);
                RelayLog.Resubscribing(logger, ids.Count);
                await DropAsync(handles, logger);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await DropAsync(handles, logger);
        }
    }

    private static async Task DropAsync<T>(List<StreamSubscriptionHandle<T>> handles, ILogger logger)
    {
        foreach (var handle in handles)
        {
            await UnsubscribeAsync(handle, logger, handle.StreamId.ToString());
        }

        handles.Clear();
    }

    public static async Task UnsubscribeAsync<T>(StreamSubscriptionHandle<T>? handle, ILogger logger, string name)
    {
        if (handle is null)
        {
            return;
        }

        try
        {
            await handle.UnsubscribeAsync();
            RelayLog.Unsubscribed(logger, name);
        }
        catch (Exception e)
        {
            RelayLog.SendFailed(logger, e, "unsubscribe " + name);
        }
    }
}
