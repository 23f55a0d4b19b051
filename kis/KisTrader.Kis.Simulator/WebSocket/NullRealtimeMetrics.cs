namespace KisTrader.Kis.Simulator.WebSocket;

/// <summary>Counters that go nowhere (used until the host registers its metrics adapter).</summary>
internal sealed class NullRealtimeMetrics : IRealtimeMetrics
{
    public void SessionOpened()
    {
    }

    public void SessionClosed()
    {
    }

    public void Registered(string trId)
    {
    }

    public void Unregistered(string trId)
    {
    }

    public void RegistrationRejected(string msgCd)
    {
    }

    public void FramesSent(string trId, int frames, int records)
    {
    }
}
