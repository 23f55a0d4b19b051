namespace KisTrader.Kis.Simulator.Trading;

/// <summary>Order-desk counters reported into the simulator's metrics (simhost's Metrics/ behind an adapter).</summary>
internal interface ITradingMetrics
{
    void OrderAccepted();

    void OrderRejected(string msgCd);

    void Filled(long quantity);
}
