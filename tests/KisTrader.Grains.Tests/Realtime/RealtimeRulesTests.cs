using KisTrader.GrainInterfaces;
using KisTrader.Grains.Realtime;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>The pure rules of the realtime grain: which connection changes are told, what a restore failure means.</summary>
public sealed class RealtimeRulesTests
{
    [Fact]
    public void On_FirstConnectDropAndReconnect_TellsLostThenReconnectedOnce()
    {
        var watch = new ConnectionWatch();
        MarketDataChange?[] told =
        [
            watch.On(RealtimeConnectionState.Connecting),
            watch.On(RealtimeConnectionState.Connected),
            watch.On(RealtimeConnectionState.Reconnecting),
            watch.On(RealtimeConnectionState.Connecting),
            watch.On(RealtimeConnectionState.Connected),
            watch.On(RealtimeConnectionState.Connected),
            watch.On(RealtimeConnectionState.Stopped),
        ];
        Assert.Equal([null, null, MarketDataChange.ConnectionLost, null, MarketDataChange.Reconnected, null, null], told);
    }

    [Fact]
    public void Classify_RestoreFailures_RetryPassingDropRefusedFailOthers()
    {
        Assert.Equal(RestoreOutcome.Retry, RestoreRule.Classify(new TimeoutException()));
        Assert.Equal(RestoreOutcome.Retry, RestoreRule.Classify(new KisAppKeyInUseException("OPSP8996", "ALREADY IN USE appkey")));
        Assert.Equal(RestoreOutcome.Drop, RestoreRule.Classify(new KisSubscriptionLimitException("cap")));
        Assert.Equal(RestoreOutcome.Fail, RestoreRule.Classify(new InvalidOperationException()));
    }
}
