using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Reads the KIS client's session notices (connection changes, evictions, parked registrations coming back), logs them
/// and hands the ones worth telling to the grain as a typed change (<see cref="ConnectionWatch"/> decides for the
/// connection; evictions and returns of the per-symbol kinds are told with their holders). Runs on the grain's scheduler.
/// </summary>
internal sealed class SessionNoticePump(IKisRealtimeClient client, Func<RealtimeChange, Task> tell, ILogger logger)
{
    private readonly ConnectionWatch _watch = new();

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var notice in client.Notices.ReadAllAsync(stop))
            {
                switch (notice)
                {
                    case ConnectionStateChanged change:
                        logger.ConnectionChanged(change.State, change.Reason);
                        if (_watch.On(change.State) is { } told)
                        {
                            await tell(new RealtimeChange(told, null, null, change.Reason));
                        }

                        break;
                    case SubscriptionLost lost:
                        logger.SubscriptionLost(lost.TrId, lost.TrKey, lost.Reason, lost.Message);
                        await TellRegistrationAsync(MarketDataChange.Parked, lost.TrId, lost.TrKey, lost.Message);
                        break;
                    case SubscriptionRestored restored:
                        logger.SubscriptionRestored(restored.TrId, restored.TrKey);
                        await TellRegistrationAsync(MarketDataChange.Unparked, restored.TrId, restored.TrKey, null);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deactivating.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LoopFailed("notice", ex);
        }
    }

    private Task TellRegistrationAsync(MarketDataChange change, string trId, string trKey, string? detail)
    {
        var kind = MarketDataFeeds.KindOf(trId);
        return kind == MarketDataKinds.None ? Task.CompletedTask : tell(new RealtimeChange(change, trKey, kind, detail));
    }
}
