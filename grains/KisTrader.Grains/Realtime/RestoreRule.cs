using KisTrader.Kis.WebSocket;

namespace KisTrader.Grains.Realtime;

/// <summary>Classifies restore failures (<see cref="RestoreOutcome"/>).</summary>
public static class RestoreRule
{
    public static RestoreOutcome Classify(Exception failure) => failure switch
    {
        TimeoutException or KisAppKeyInUseException => RestoreOutcome.Retry,
        KisWebSocketException => RestoreOutcome.Drop,
        _ => RestoreOutcome.Fail,
    };
}
