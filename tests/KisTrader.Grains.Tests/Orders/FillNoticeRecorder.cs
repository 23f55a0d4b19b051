using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// A cluster client's subscriber of the account's <c>fills/&lt;account&gt;</c> stream keeping every 체결통보 the
/// market-data grain published (what the order book forwards to the orders), in arrival order.
/// </summary>
public sealed class FillNoticeRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<FillNoticeEvent> _notices = new();
    private StreamSubscriptionHandle<FillNoticeEvent>? _handle;

    public static async Task<FillNoticeRecorder> StartAsync(IClusterClient client, string accountKey)
    {
        ArgumentNullException.ThrowIfNull(client);
        var recorder = new FillNoticeRecorder();
        recorder._handle = await client.GetStreamProvider(ProviderNames.Streams).GetStream<FillNoticeEvent>(StreamIds.Fills(accountKey))
            .SubscribeAsync((n, _) =>
            {
                recorder._notices.Enqueue(n);
                return Task.CompletedTask;
            });
        return recorder;
    }

    /// <summary>The fill notices (executions, not acceptances) of one broker order number so far.</summary>
    public IReadOnlyList<FillNoticeEvent> FillsOf(string orderNumber) =>
        [.. _notices.Where(n => n.Kind == FillNoticeKind.Fill && n.OrderNumber == orderNumber)];

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
            _handle = null;
        }
    }
}
