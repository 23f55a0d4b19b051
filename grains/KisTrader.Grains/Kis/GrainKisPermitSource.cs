using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Transport;
using KisTrader.Kis.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Kis;

/// <summary>
/// The KIS client's permit source on the cluster: per app key, a local lane limiter whose capacity is the quota leased
/// from <see cref="IRateBudgetGrain"/>, kept in sync by a background loop (every
/// <see cref="KisClusterOptions.BudgetSyncInterval"/> while in use, at once when a caller starves). Lanes (orders first)
/// are served locally. If the grain cannot be reached, the quota stays usable until its lease lapses; then no permits are
/// given (fail closed: nothing goes out on a budget nobody accounts for). Queries wait (until their own cancellation or a
/// sync succeeds again); an order is refused at once with a <see cref="KisTransportException"/> before anything is sent,
/// which the KIS client reports as <c>OrderOutcome.NotSent</c> — an order must not sit in a queue for an unknown time.
/// With an <see cref="IWorkClock"/> (the one-process run's simulated clock) the sync loop is work like any other: it holds
/// the clock while it syncs (the grain round trip costs no simulated time) and lets go while it waits (docs/simulated-time.md).
/// </summary>
public sealed class GrainKisPermitSource(
    IGrainFactory grains, IOptions<KisClusterOptions> options, TimeProvider clock, ILogger<GrainKisPermitSource> logger, IWorkClock? workClock = null)
    : IKisPermitSource, IAsyncDisposable, IDisposable
{
    private readonly string _holderId = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, Lazy<Agent>> _agents = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    public ValueTask<RateLimitLease> AcquireAsync(KisBudget budget, KisLane lane, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var limiter = For(budget).Limiter;
        return lane == KisLane.Orders ? AcquireOrderAsync(limiter, cancellationToken) : limiter.AcquireAsync(lane, cancellationToken);
    }

    public void ReportRateLimited(KisBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        For(budget).Limiter.ReportRateLimited();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var agent in _agents.Values.Where(a => a.IsValueCreated).Select(a => a.Value))
        {
            await agent.Loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            agent.Limiter.Dispose();
        }

        _stopping.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static async ValueTask<RateLimitLease> AcquireOrderAsync(LeasedLaneLimiter limiter, CancellationToken cancellationToken)
    {
        var outage = limiter.Outage;
        if (outage.IsCancellationRequested)
        {
            limiter.RequestSync();
            throw Unreachable(limiter.Budget);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, outage);
        try
        {
            return await limiter.AcquireAsync(KisLane.Orders, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && outage.IsCancellationRequested)
        {
            throw Unreachable(limiter.Budget);
        }
    }

    private static KisTransportException Unreachable(KisBudget budget) => new(
        $"KIS budget {budget.KeyId}: the cluster's rate-budget grain is unreachable and this silo's lease has lapsed; no permit, the order was not sent",
        0,
        true);

    private Agent For(KisBudget budget)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        return _agents.GetOrAdd(budget.KeyId, static (_, s) => new Lazy<Agent>(() => s.Item1.Start(s.budget)), (this, budget)).Value;
    }

    private Agent Start(KisBudget budget)
    {
        var limiter = new LeasedLaneLimiter(budget, clock);
        var grain = grains.GetGrain<IRateBudgetGrain>(GrainKeys.RateBudget(budget.KeyId));
        // The loop's scope holds from here (the caller's thread), so a first caller that starves before the loop runs
        // cannot let the clock move in between.
        var work = WorkScope.Start(workClock);
        return new Agent(limiter, Task.Run(async () =>
        {
            using (work)
            using (WorkScope.Enter(work))
            {
                await SyncLoopAsync(limiter, grain, _stopping.Token).ConfigureAwait(false);
            }
        }));
    }

    private async Task SyncLoopAsync(LeasedLaneLimiter limiter, IRateBudgetGrain grain, CancellationToken stopping)
    {
        var interval = options.Value.BudgetSyncInterval;
        // A starving caller may trigger a sync sooner, but never more often than this: a flood would otherwise turn into
        // a stream of grain calls.
        var minimumGap = interval / 5;
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (!limiter.NeedsSync)
                {
                    await limiter.WaitStarvedAsync(null, clock, stopping).ConfigureAwait(false);
                }

                var report = limiter.BeginSync(_holderId, out var sentAt);
                var grant = await grain.SyncAsync(report).WaitAsync(stopping).ConfigureAwait(false);
                limiter.EndSync(sentAt, grant);
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // First failure, then about every 10 s while it lasts.
                if (++failures == 1 || failures % 40 == 0)
                {
                    logger.BudgetSyncFailed(ex, limiter.Budget.KeyId, failures);
                }

                if (limiter.SyncFailed())
                {
                    logger.BudgetOutage(limiter.Budget.KeyId);
                }
            }

            try
            {
                await WorkScope.DelayAsync(minimumGap, clock, stopping).ConfigureAwait(false);
                await limiter.WaitStarvedAsync(interval - minimumGap, clock, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private sealed record Agent(LeasedLaneLimiter Limiter, Task Loop);
}
