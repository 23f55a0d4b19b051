namespace KisTrader.Silo.Simulation;

/// <summary>The REST calls the in-process simulator has answered so far (its metrics), for the "running" lines.</summary>
internal sealed class SimulationBrokerCalls(Func<long> total)
{
    public long Total() => total();
}
