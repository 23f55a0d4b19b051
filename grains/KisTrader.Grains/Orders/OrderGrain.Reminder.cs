using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>
/// The durable "order-wake" reminder: registered with the intent, before the POST, and held while the order is unfinished;
/// unregistered when it finishes. A grain timer does not outlive its activation: after a deactivation or the loss of the
/// order's silo the reminder reactivates the order elsewhere, whose activation turns an unanswered POST into an unknown
/// outcome and re-arms the timer (lookup, polls, expiry). While the activation lives the reminder changes nothing.
/// <para>
/// Nothing is sent without it (<see cref="SubmitAsync"/> asks <see cref="WakeAsync"/> first): an order at the broker
/// whose silo is lost would otherwise wait, unresolved, for a call that may never come. A failed registration keeps the
/// intent and tries again after <see cref="OrderOptions.FailureRetryDelay"/>.
/// </para>
/// </summary>
internal sealed partial class OrderGrain : IRemindable
{
    internal const string WakeReminder = "order-wake";

    /// <summary>The message code of an order held back because its reminder could not be registered.</summary>
    internal const string WakeMissing = "WAKE_NOT_REGISTERED";

    private bool _wakeHeld;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Intent is null)
        {
            await UnwakeAsync();
            return;
        }

        if (OrderLifecycle.IsFinished(S.State))
        {
            if (S.Intent.OwnerKey is null)
            {
                await UnwakeAsync();
            }
            else
            {
                // Not awaited in this turn: the owner may be in a turn of its own that awaits this order (its refresh).
                _ = RetellOwnerAsync();
            }

            return;
        }

        if (_timer is null)
        {
            Arm();
        }
    }

    /// <summary>
    /// Makes sure the durable reminder exists: known from this activation, found in the reminder table, or registered now.
    /// </summary>
    /// <returns>False when it could not be registered (logged): then nothing may be sent.</returns>
    private async Task<bool> WakeAsync()
    {
        if (_wakeHeld)
        {
            return true;
        }

        try
        {
            if (await this.GetReminder(WakeReminder) is null)
            {
                await this.RegisterOrUpdateReminder(WakeReminder, O.ReminderPeriod, O.ReminderPeriod);
            }

            _wakeHeld = true;
            return true;
        }
        catch (Exception e)
        {
            logger.WakeNotRegistered(Key, O.FailureRetryDelay, e);
            return false;
        }
    }

    private async Task UnwakeAsync()
    {
        try
        {
            if (await this.GetReminder(WakeReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _wakeHeld = false;
        }
        catch (Exception e)
        {
            logger.ReminderFailed(Key, "unregistered", e);
        }
    }
}
