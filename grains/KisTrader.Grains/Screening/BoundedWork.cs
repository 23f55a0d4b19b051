using KisTrader.Kis.Work;

namespace KisTrader.Grains.Screening;

/// <summary>
/// Runs one async body per item with at most N in flight, on the caller's task scheduler (unlike
/// <c>Parallel.ForEachAsync</c>, which moves to the thread pool: inside a grain the continuations must stay on the
/// activation's scheduler). Each body writes only its own result slot, so no locking is needed on either scheduler.
/// Inside a <see cref="WorkScope"/> (a simulated clock's work hold) each worker works in a fork of it, taken before the
/// worker starts; the caller's scope is suspended while it awaits them and taken back by the last worker to finish before
/// that one lets go of its own, so the clock cannot run between the workers' end and the caller going on.
/// </summary>
internal static class BoundedWork
{
    public static async Task<TResult[]> RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, int maxConcurrency, Func<TItem, CancellationToken, Task<TResult>> body, Action onDone, CancellationToken ct)
    {
        var results = new TResult[items.Count];
        var next = -1;
        var count = Math.Min(maxConcurrency, items.Count);
        var remaining = count;
        WorkSuspension? awaiting = null;
        var forks = Enumerable.Range(0, count).Select(_ => WorkScope.Fork()).ToArray();
        var workers = forks.Select(async fork =>
        {
            using (fork)
            using (WorkScope.Enter(fork))
            {
                try
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < items.Count)
                    {
                        ct.ThrowIfCancellationRequested();
                        results[i] = await body(items[i], ct);
                        onDone();
                    }
                }
                finally
                {
                    if (Interlocked.Decrement(ref remaining) == 0)
                    {
                        Volatile.Read(ref awaiting)?.Resume();
                    }
                }
            }
        }).ToList();

        Interlocked.Exchange(ref awaiting, WorkScope.Suspend());
        if (Volatile.Read(ref remaining) == 0)
        {
            awaiting?.Resume();
        }

        try
        {
            await Task.WhenAll(workers);
        }
        finally
        {
            awaiting?.Resume();
        }

        return results;
    }
}
