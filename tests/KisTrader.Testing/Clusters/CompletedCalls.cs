using System.Collections.Concurrent;

namespace KisTrader.Testing.Clusters;

/// <summary>
/// Records grain calls that ran to completion, with the test clock's instant when each started: a test that moves a
/// fake clock waits for the turn it caused (a reminder tick at that instant) instead of guessing how long a turn takes.
/// Register with <c>cluster.ConfigureSilo(s =&gt; s.AddIncomingGrainCallFilter(calls.FilterAsync))</c>.
/// </summary>
public sealed class CompletedCalls(TimeProvider clock)
{
    private readonly ConcurrentQueue<(GrainId Grain, string Method, DateTimeOffset At)> _calls = new();

    public async Task FilterAsync(IIncomingGrainCallContext call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var at = clock.GetUtcNow();
        await call.Invoke();
        _calls.Enqueue((call.TargetId, call.InterfaceMethod?.Name ?? call.MethodName, at));
    }

    /// <summary>Whether <paramref name="method"/> of <paramref name="grain"/> completed a call that started at <paramref name="at"/>.</summary>
    public bool Completed(GrainId grain, string method, DateTimeOffset at) =>
        _calls.Any(c => c.Grain == grain && c.Method == method && c.At == at);

    /// <summary>The calls of <paramref name="grain"/> so far (for a timeout message).</summary>
    public string Describe(GrainId grain) =>
        string.Join(", ", _calls.Where(c => c.Grain == grain).Select(c => $"{c.Method}@{c.At:O}"));
}
