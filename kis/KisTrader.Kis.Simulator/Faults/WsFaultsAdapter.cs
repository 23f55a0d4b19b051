using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Faults;

/// <summary>The WebSocket side's <see cref="IWsFaults"/> over the host's <see cref="FaultService"/> at the simulated now.</summary>
internal sealed class WsFaultsAdapter(FaultService faults, TimeProvider clock) : IWsFaults
{
    public bool AlreadySubscribedOnReconnect(string appKey) => faults.MatchAlreadySubscribed(appKey, clock.GetUtcNow());
}
