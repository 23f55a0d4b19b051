namespace KisTrader.Kis.Simulator.Trading;

/// <summary>Counters that go nowhere (used until the host registers its metrics adapter).</summary>
internal sealed class NullTradingMetrics : ITradingMetrics
{
    public void OrderAccepted()
    {
    }

    public void OrderRejected(string msgCd)
    {
    }

    public void Filled(long quantity)
    {
    }
}
