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
