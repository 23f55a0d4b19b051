using KisTrader.Kis.Work;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// Carries a <see cref="WorkScope"/> across grain calls: a call made inside a scope names it in the request context, and
/// the callee's turn joins it (<see cref="WorkScope.Enter"/>), so that a wait in the callee (a broker call's permit)
/// suspends the caller's scope, which would otherwise keep the clock held while the callee waits for it to move. A call
/// outside a scope, or naming a scope that has ended, runs as before.
/// </summary>
internal sealed class WorkScopeCallFilter : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    private const string Key = "kistrader.work";

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (WorkScope.Current is { } scope)
        {
            RequestContext.Set(Key, scope.Id);
        }
        else if (RequestContext.Get(Key) is not null)
        {
            RequestContext.Remove(Key);
        }

        await context.Invoke();
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = RequestContext.Get(Key) is Guid id ? WorkScope.Find(id) : null;
        using (WorkScope.Enter(scope))
        {
            await context.Invoke();
        }
    }
}
