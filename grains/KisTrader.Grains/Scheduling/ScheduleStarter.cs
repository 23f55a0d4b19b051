using KisTrader.GrainInterfaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KisTrader.Grains.Scheduling;

/// <summary>
/// Starts the schedule when a silo becomes active: registers the durable reminder if the cluster has none yet and runs
/// one wake (catch-up after a restart). Every silo does it; the grain makes it idempotent. Until one start succeeds
/// there may be no reminder at all (a first start of the cluster) and then no screen runs, so a failed start is never
/// left to "the reminder or another silo": it is tried again (Polly retry, exponential back-off with jitter from
/// <see cref="ScheduleOptions.StartRetryDelay"/> up to <see cref="ScheduleOptions.StartRetryMaxDelay"/> on the silo's
/// clock, each attempt bounded by <see cref="ScheduleOptions.StartAttemptTimeout"/> on the wall clock) until it succeeds or
/// the silo stops, with a warning per failure; <see cref="ScheduleStartStatus"/> says "not started" until then
/// (readiness). The silo's start waits for the first attempt only, as before; later attempts run in the background.
/// <para>
/// Orleans' call timeout (<c>SiloMessagingOptions.ResponseTimeout</c>, 30 s) does not read the simulated clock: in
/// 10.4.2 the callbacks are timed on the keyed <c>Orleans.Messaging</c> TimeProvider, which the simulated-clock
/// registration keeps on the wall clock (docs/simulated-time.md). A start that timed out at 600× took 30 s of wall
/// time (a loaded machine: the first wake's work and the grain's activation), not 30 simulated seconds.
/// </para>
/// </summary>
internal sealed class ScheduleStarter(
    IGrainFactory grains,
    IOptions<ScheduleOptions> options,
    ScheduleStartStatus status,
    TimeProvider time,
    [FromKeyedServices(TimeProviderNames.SystemTimers)] TimeProvider wall,
    ILogger<ScheduleStarter> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _run;

    private ScheduleOptions O => options.Value;

    public void Participate(ISiloLifecycle observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        observer.Subscribe(nameof(ScheduleStarter), ServiceLifecycleStage.Active, StartAsync, StopAsync);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!O.Enabled)
        {
            status.Disabled();
            return;
        }

        _run = RunAsync(_stopping.Token);
        await Task.WhenAny(_firstAttempt.Task, _run).WaitAsync(cancellationToken);
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_run is { } run)
        {
            await run.WaitAsync(cancellationToken);
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var pipeline = new ResiliencePipelineBuilder { Name = "schedule-start", TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = O.StartRetryDelay,
                MaxDelay = O.StartRetryMaxDelay,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(_ => !stopping.IsCancellationRequested),
                OnRetry = args =>
                {
                    var failure = args.Outcome.Exception!;
                    status.Failed(failure);
                    logger.StartFailed(failure, args.AttemptNumber + 1, failure.GetType().Name, args.RetryDelay);
                    _firstAttempt.TrySetResult();
                    return default;
                },
            })
            .Build();
        try
        {
            await pipeline.ExecuteAsync(AttemptAsync, stopping);
            logger.Started(status.FailedAttempts);
            status.Started();
        }
        catch (Exception e) when (stopping.IsCancellationRequested)
        {
            logger.StartAbandoned(e.GetType().Name, status.FailedAttempts);
        }
        finally
        {
            _firstAttempt.TrySetResult();
        }
    }

    private async ValueTask AttemptAsync(CancellationToken stopping) =>
        await grains.GetGrain<IScheduleGrain>(GrainKeys.Schedule).EnsureStartedAsync().WaitAsync(O.StartAttemptTimeout, wall, stopping);
}
