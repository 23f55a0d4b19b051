using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Work;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The work hold of the one-process run: a <see cref="WorkScope"/> holds the simulated clock while its work runs, so
/// simulated time passes only while all work in progress waits — on a rate-limit permit, a delay or a timer
/// (docs/simulated-time.md, "The work hold").
/// </summary>
internal sealed class SimulatedWorkClock(SimClock clock) : IWorkClock
{
    public IDisposable Hold() => clock.Hold();
}
