using System.Globalization;
using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>
/// The fill-notice buffer never drops: 300 notices pushed into a buffer of 16 while nobody reads make the receive loop
/// wait (counted), and once the consumer reads, all 300 come out once each, in the order sent, with a receive sequence.
/// </summary>
public sealed class RealtimeFillNoticeBackpressureTests
{
    private const int Count = 300;

    [Fact]
    public async Task FillNotices_BufferFullWhileNobodyReads_ReceiveLoopWaitsAndAllArriveInOrder()
    {
        var frames = Enumerable.Range(1, Count)
            .Select(i => Frames.Encrypted(
                KisRealtimeTrIds.FillNotice, ScriptedKisServer.AesKey, ScriptedKisServer.AesIv, Frames.Notice(quantity: i.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        await using var server = await ScriptedKisServer.StartAsync(frames);
        await using var client = new KisRealtimeClient(
            Options.Create(new KisWebSocketOptions
            {
                BaseUrl = server.Url,
                FillNoticeCapacity = 16,
                ReconnectInitialDelay = TimeSpan.FromMilliseconds(20),
                ReconnectMaxDelay = TimeSpan.FromMilliseconds(50),
            }),
            new StaticApprovalKeySource(),
            TimeProvider.System);
        var ct = TestContext.Current.CancellationToken;
        await using var fills = await client.SubscribeAsync(KisRealtimeTrIds.FillNotice, "myhts", SubscriptionPriority.Account, ct);

        // Nobody reads until the loop has had to wait for room.
        await Eventually.TrueAsync(() => client.Statistics.FillNoticeWaits > 0, "the receive loop waiting on the full fill-notice buffer");

        var received = new List<FillNotice>();
        while (received.Count < Count)
        {
            received.Add(await Eventually.ReadAsync<FillNotice, FillNotice>(client.FillNotices, _ => true, $"fill notice {received.Count + 1} of {Count}"));
        }

        Assert.Equal(Enumerable.Range(1, Count).Select(i => (long)i), received.Select(n => n.Quantity));
        Assert.Equal(Enumerable.Range(1, Count).Select(i => (long)i), received.Select(n => n.Sequence));
        Assert.All(received, n => Assert.Equal(1L, n.Connection));
        var stats = client.Statistics;
        Assert.Equal((Count, 1L, 0L), (stats.FillNotices, stats.Connections, stats.Disconnects));
        Assert.False(client.FillNotices.TryRead(out _));
    }
}
