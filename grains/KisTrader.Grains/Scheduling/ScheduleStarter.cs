using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Scheduling;

/// <summary>
/// Starts the schedule when a silo becomes active: registers the durable reminder if the cluster has none yet and runs
/// one wake (catch-up after a restart). Every silo does it; the grain makes it idempotent. A failure does not stop the
/// silo: the reminder (when it exists) or another silo's start takes over.
/// </summary>
internal sealed class ScheduleStarter(IGrainFactory grains, IOptions<ScheduleOptions> options, ILogger<ScheduleStarter> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        observer.Subscribe(nameof(ScheduleStarter), ServiceLifecycleStage.Active, StartAsync, _ => Task.CompletedTask);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            await grains.GetGrain<IScheduleGrain>(GrainKeys.Schedule).EnsureStartedAsync().WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.StartFailed(e);
        }
    }
}
