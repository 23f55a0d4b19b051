using System.Collections.Concurrent;

namespace KisTrader.Kis.Work;

/// <summary>
/// A piece of work during which time on an <see cref="IWorkClock"/> does not pass: the scope holds the clock from its
/// start until it is disposed, except while its work waits for something that needs time to pass (a rate-limit permit,
/// a delay, another flow) — then the wait suspends it (<see cref="Suspend"/>) and whoever ends the wait resumes it in the
/// same step. On a simulated clock this makes time pass only while all work in progress waits, whatever wall time the
/// work itself takes (docs/simulated-time.md, "The work hold"). Without an <see cref="IWorkClock"/> (production)
/// <see cref="Start"/> and <see cref="Fork"/> return null and every other member does nothing.
/// </summary>
/// <remarks>
/// <para>
/// A scope is <em>current</em> in an async flow between <see cref="Enter"/> and the disposal of what it returns; waits in
/// the KIS client (permits, token and retry delays) suspend the current scope. Work that runs concurrently takes a
/// <see cref="Fork"/> each, and the flow that awaits them suspends its own scope meanwhile: a scope must never stay held
/// while it awaits something that needs time to pass, or nothing would ever advance.
/// </para>
/// <para>Scopes have an <see cref="Id"/> so that a call made on a scope's behalf in another flow can join it (<see cref="Find"/>).</para>
/// </remarks>
public sealed partial class WorkScope : IDisposable
{
    private static readonly AsyncLocal<WorkScope?> CurrentScope = new();
    private static readonly ConcurrentDictionary<Guid, WorkScope> Live = new();
    private readonly IWorkClock _clock;
    private readonly Lock _gate = new();
    private IDisposable? _hold;
    private int _suspended;
    private bool _disposed;

    private WorkScope(IWorkClock clock)
    {
        _clock = clock;
        _hold = clock.Hold();
        Live[Id] = this;
    }

    /// <summary>Names the scope for calls made on its behalf (see <see cref="Find"/>).</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The scope of the calling async flow, if any.</summary>
    public static WorkScope? Current => CurrentScope.Value;

    /// <summary>Whether the scope holds its clock now (not suspended, not disposed).</summary>
    public bool IsHolding
    {
        get
        {
            lock (_gate)
            {
                return _hold is not null;
            }
        }
    }

    /// <summary>A new scope holding <paramref name="clock"/> (not yet current); null when there is no clock to hold.</summary>
    public static WorkScope? Start(IWorkClock? clock) => clock is null ? null : new WorkScope(clock);

    /// <summary>
    /// A new scope on the current scope's clock, for work that runs concurrently with it (enter it in that work's flow);
    /// null outside a scope. It holds from now, so take it before the work is started.
    /// </summary>
    public static WorkScope? Fork() => CurrentScope.Value is { } current ? new WorkScope(current._clock) : null;

    /// <summary>The live scope named <paramref name="id"/>, or null (ended, or never in this process).</summary>
    public static WorkScope? Find(Guid id) => Live.TryGetValue(id, out var scope) ? scope : null;

    /// <summary>
    /// Makes <paramref name="scope"/> the current one of this async flow until the returned handle is disposed (dispose it
    /// in the same flow). Entering takes no hold of its own: the scope's work now includes this flow's, so its waits
    /// suspend the scope. Null (nothing to enter) returns null.
    /// </summary>
    public static IDisposable? Enter(WorkScope? scope)
    {
        if (scope is null)
        {
            return null;
        }

        var previous = CurrentScope.Value;
        CurrentScope.Value = scope;
        return new Entered(previous);
    }

    /// <summary>
    /// Suspends the current scope while its flow waits; resume it (<see cref="WorkSuspension.Resume"/>) as the wait ends.
    /// Null outside a scope. Suspensions nest: the scope holds again when every one of them has resumed.
    /// </summary>
    public static WorkSuspension? Suspend() => CurrentScope.Value?.SuspendOne();

    /// <summary>Lets go of the clock for good (a suspension resumed later does nothing).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _hold?.Dispose();
            _hold = null;
        }

        Live.TryRemove(Id, out _);
    }

    /// <summary>One more suspension: the first one releases the hold.</summary>
    internal WorkSuspension SuspendOne()
    {
        lock (_gate)
        {
            if (++_suspended == 1)
            {
                _hold?.Dispose();
                _hold = null;
            }
        }

        return new WorkSuspension(this);
    }

    /// <summary>One suspension fewer: the last one takes the hold back (unless the scope has ended).</summary>
    internal void ResumeOne()
    {
        lock (_gate)
        {
            if (--_suspended == 0 && !_disposed)
            {
                _hold = _clock.Hold();
            }
        }
    }

    private sealed class Entered(WorkScope? previous) : IDisposable
    {
        public void Dispose() => CurrentScope.Value = previous;
    }
}
