using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>
/// Recovery of the two moments of an order a lost activation (its silo killed) or a failed call can leave behind:
/// <list type="bullet">
/// <item>between the recorded intent and the POST — the state says "intent, never submitted, nothing due", which no
/// timer, reminder or read acts on; the owner already saw the intent ("Created") and only re-reads it. Sent by whichever
/// activation finds it (<see cref="ResumeUnsent"/>) or, when the activation lives on, by its own retry
/// (<see cref="SendAsync"/>). Never a second order: "submitting" is persisted before the POST, so an intent that says
/// "never submitted" was never sent; one that says "submitting" is looked up first (OnActivateAsync).</item>
/// <item>between the final state and the owner's hearing of it — the one-way tell is lost with the silo, the finished
/// order has no timer, and nothing brings its owner back. An owned order keeps its reminder when it finishes; the next
/// tick tells the owner again (wherever it is then) and only then unregisters (<see cref="RetellOwnerAsync"/>).</item>
/// </list>
/// </summary>
internal sealed partial class OrderGrain
{
    /// <summary>On activation: a recorded intent never submitted and with nothing due is sent by the timer at once.</summary>
    private void ResumeUnsent()
    {
        if (S.Intent is not null && S.IntentRecorded && S.State == OrderState.Intent && S.Submissions == 0 && S.DueAt is null)
        {
            logger.ResumingUnsent(Key);
            S.DueAt = clock.GetUtcNow();
        }
    }

    /// <summary>
    /// Submits; a failure before anything was persisted as submitted (a gate or reminder call that threw) leaves the intent
    /// due after <see cref="OrderOptions.FailureRetryDelay"/> (in memory: a reactivation finds it by
    /// <see cref="ResumeUnsent"/>), then the caller hears the failure.
    /// </summary>
    private async Task SendAsync()
    {
        try
        {
            await SubmitAsync();
        }
        catch (Exception e) when (S.State == OrderState.Intent && S.Submissions == 0 && S.DueAt is null)
        {
            logger.SendFailed(Key, O.FailureRetryDelay, e);
            S.DueAt = clock.GetUtcNow() + O.FailureRetryDelay;
            Arm();
            throw;
        }
    }

    /// <summary>
    /// A finished owned order's reminder tick: tells its owner the final view again, makes sure the owner is active (a
    /// read answers only from a live activation, which re-reads its orders when it activates), then unregisters the
    /// reminder. Runs outside the tick's turn (the owner may be awaiting this order); a failure keeps the reminder.
    /// </summary>
    private async Task RetellOwnerAsync()
    {
        if (S.Intent?.OwnerKey is not { } owner)
        {
            return;
        }

        try
        {
            var position = GrainFactory.GetGrain<IPositionGrain>(owner);
            await position.OnOrderChangedAsync(OrderMapping.View(S));
            await position.GetAsync();
            await UnwakeAsync();
        }
        catch (Exception e)
        {
            logger.TellFailed(Key, owner, e);
        }
    }
}
