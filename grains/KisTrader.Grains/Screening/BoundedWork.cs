namespace KisTrader.Grains.Screening;

/// <summary>
/// Runs one async body per item with at most N in flight, on the caller's task scheduler (unlike
/// <c>Parallel.ForEachAsync</c>, which moves to the thread pool: inside a grain the continuations must stay on the
/// activation's scheduler). Each body writes only its own result slot, so no locking is needed on either scheduler.
/// </summary>
internal static class BoundedWork
{
    public static async Task<TResult[]> RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, int maxConcurrency, Func<TItem, CancellationToken, Task<TResult>> body, Action onDone, CancellationToken ct)
    {
        var results = new TResult[items.Count];
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(maxConcurrency, items.Count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                ct.ThrowIfCancellationRequested();
                results[i] = await body(items[i], ct);
                onDone();
            }
        });
        await Task.WhenAll(workers);
        return results;
    }
}
