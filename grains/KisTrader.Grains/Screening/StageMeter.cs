using System.Diagnostics;

namespace KisTrader.Grains.Screening;

/// <summary>Counts one stage's calls and finished listings and reports progress (thread-safe).</summary>
internal sealed class StageMeter(FunnelStage stage, int total, TimeProvider time, IProgress<FunnelProgress>? progress)
{
    private readonly long _started = time.GetTimestamp();
    private int _calls;
    private int _done;

    public FunnelStage Stage => stage;

    public int Calls => Volatile.Read(ref _calls);

    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    public void AddCalls(int calls) => Interlocked.Add(ref _calls, calls);

    public void Start() => progress?.Report(new FunnelProgress(stage, 0, total, 0, TimeSpan.Zero));

    public void Done()
    {
        var done = Interlocked.Increment(ref _done);
        // About 20 lines a stage at most, and always the last one.
        if (progress is not null && (done == total || done % Math.Max(1, total / 20) == 0))
        {
            progress.Report(new FunnelProgress(stage, done, total, Calls, Elapsed));
        }
    }

    public StageStats Finish(int survivors)
    {
        Debug.Assert(total >= survivors, "a stage never adds listings");
        if (total == 0)
        {
            progress?.Report(new FunnelProgress(stage, 0, 0, Calls, Elapsed));
        }

        return new StageStats(stage, total, survivors, Calls, Elapsed);
    }
}
