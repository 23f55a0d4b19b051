namespace KisTrader.Kis.Simulator.WebSocket;

/// <summary>WebSocket counters reported into the simulator's metrics (simhost's Metrics/ behind an adapter).</summary>
internal interface IRealtimeMetrics
{
    void SessionOpened();

    void SessionClosed();

    void Registered(string trId);

    void Unregistered(string trId);

    void RegistrationRejected(string msgCd);

    void FramesSent(string trId, int frames, int records);
}
