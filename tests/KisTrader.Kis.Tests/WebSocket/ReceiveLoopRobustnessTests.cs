using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>
/// Bad frames never stop the receive loop: short, garbled, unknown and undecryptable frames are counted, logged and
/// skipped, and the good frame after them is delivered on the same connection. The simulator only sends well-formed
/// frames, so these come from a scripted KIS endpoint.
/// </summary>
public sealed class ReceiveLoopRobustnessTests
{
    [Fact]
    public async Task BadFrames_AreCountedLoggedAndSkipped_TheLoopKeepsReceiving()
    {
        string[] extended = [.. Frames.Trade(price: "73500"), "APPENDED"];
        await using var server = await ScriptedKisServer.StartAsync(
        [
            Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade()[..40]),                      // short
            Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade(price: "abc")),                // bad number
            "0|H0STCNT0|xyz|1^2^3",                                                          // bad header
            "not json and not a frame",                                                      // garbage
            "0|H0STPGM0|001|005930^1",                                                       // unknown TR
            "1|H0STCNI0|001|AAAAAAAAAAAAAAAAAAAAAA==",                                       // wrong ciphertext
            Frames.Encrypted(KisRealtimeTrIds.FillNotice, ScriptedKisServer.AesKey, ScriptedKisServer.AesIv, Frames.Notice()),
            Frames.Plain(KisRealtimeTrIds.Trade, extended, extended),                        // good, with an appended field
        ]);
        var log = new CapturingLogger<KisRealtimeClient>();
        await using var client = new KisRealtimeClient(
            Options.Create(new KisWebSocketOptions { BaseUrl = server.Url, ReconnectInitialDelay = TimeSpan.FromMilliseconds(20), ReconnectMaxDelay = TimeSpan.FromMilliseconds(50) }),
            new StaticApprovalKeySource(),
            TimeProvider.System,
            log);
        var ct = TestContext.Current.CancellationToken;
        await using var fills = await client.SubscribeAsync(KisRealtimeTrIds.FillNotice, "myhts", SubscriptionPriority.Account, ct);

        var first = await Eventually.ReadAsync<KisMarketEvent, TradeTick>(client.MarketEvents, _ => true, "the good frame after the bad ones");
        var second = await Eventually.ReadAsync<KisMarketEvent, TradeTick>(client.MarketEvents, _ => true, "its second record");
        var notice = await Eventually.ReadAsync<FillNotice, FillNotice>(client.FillNotices, _ => true, "the fill notice");

        Assert.Equal((73_500m, 73_500m), (first.Price, second.Price));
        Assert.Equal((FillNoticeKind.Fill, 10L, 69_900m), (notice.Kind, notice.Quantity, notice.Price));
        Assert.Equal((1L, 1L), (notice.Connection, notice.Sequence));
        var stats = client.Statistics;
        Assert.Equal((1, 3, 1, 1), (stats.ShortFrames, stats.MalformedFrames, stats.UnknownTrFrames, stats.UndecryptableFrames));
        Assert.Equal((2, 3, 1, 0), (stats.DataFrames, stats.Records, stats.Connections, stats.Disconnects));
        Assert.Equal(RealtimeConnectionState.Connected, client.State);
        Assert.Contains(log.Lines, l => l.Contains("Short H0STCNT0 frame skipped: 1 record(s) need 46 fields each, got 40", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Contains("5000000101", StringComparison.Ordinal) || l.Contains("scripted-approval-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowConsumer_OldestMarketEventsAreDroppedAndCounted_NoticesAreNot()
    {
        var frames = Enumerable.Range(0, 40).Select(i => Frames.Plain(KisRealtimeTrIds.Trade, Frames.Trade(price: (70_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        frames.Add(Frames.Encrypted(KisRealtimeTrIds.FillNotice, ScriptedKisServer.AesKey, ScriptedKisServer.AesIv, Frames.Notice()));
        await using var server = await ScriptedKisServer.StartAsync(frames);
        await using var client = new KisRealtimeClient(
            Options.Create(new KisWebSocketOptions { BaseUrl = server.Url, MarketEventCapacity = 16 }),
            new StaticApprovalKeySource(),
            TimeProvider.System);
        var ct = TestContext.Current.CancellationToken;
        await using var fills = await client.SubscribeAsync(KisRealtimeTrIds.FillNotice, "myhts", SubscriptionPriority.Account, ct);

        // Nobody reads market events while 40 arrive: the receive loop never blocks, the 24 oldest are dropped.
        await Eventually.ReadAsync<FillNotice, FillNotice>(client.FillNotices, _ => true, "the fill notice behind the burst");
        Assert.Equal((40, 24), (client.Statistics.Records - 1, client.Statistics.DroppedMarketEvents));
        var kept = new List<decimal>();
        while (client.MarketEvents.TryRead(out var e))
        {
            kept.Add(((TradeTick)e).Price);
        }

        Assert.Equal(Enumerable.Range(24, 16).Select(i => 70_000m + i), kept);
    }
}
