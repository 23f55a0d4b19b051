namespace KisTrader.Kis.Work;

/// <summary>Delays that suspend the current scope and resume it at their due instant (in the timer's callback).</summary>
public sealed partial class WorkScope
{
    /// <summary>
    /// <c>Task.Delay(delay, clock, cancellationToken)</c> during which the current scope is suspended; the timer's callback
    /// resumes it before the delay completes, so no time passes between the due instant and the work going on. Outside a
    /// scope it is <c>Task.Delay</c>.
    /// </summary>
    public static Task DelayAsync(TimeSpan delay, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return CurrentScope.Value is { } scope && delay > TimeSpan.Zero
            ? scope.SuspendedDelayAsync(delay, clock, cancellationToken)
            : Task.Delay(delay, clock, cancellationToken);
    }

    private async Task SuspendedDelayAsync(TimeSpan delay, TimeProvider clock, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var suspension = SuspendOne();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            using var timer = clock.CreateTimer(
                static s =>
                {
                    var (wait, completion) = ((WorkSuspension, TaskCompletionSource))s!;
                    wait.Resume();
                    completion.TrySetResult();
                },
                (suspension, done),
                delay,
                Timeout.InfiniteTimeSpan);
            using var registration = cancellationToken.Register(
                static (s, token) =>
                {
                    var (wait, completion) = ((WorkSuspension, TaskCompletionSource))s!;
                    wait.Resume();
                    completion.TrySetCanceled(token);
                },
                (suspension, done));
            await done.Task.ConfigureAwait(false);
        }
        finally
        {
            suspension.Resume();
        }
    }
}
