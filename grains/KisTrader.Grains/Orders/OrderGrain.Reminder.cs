using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>
/// The durable "order-wake" reminder: registered with the intent, before the POST, and held while the order is unfinished;
/// unregistered when it finishes. A grain timer does not outlive its activation: after a deactivation or the loss of the
/// order's silo the reminder reactivates the order elsewhere, whose activation turns an unanswered POST into an unknown
/// outcome and re-arms the timer (lookup, polls, expiry). While the activation lives the reminder changes nothing.
/// </summary>
internal sealed partial class OrderGrain : IRemindable
{
    internal const string WakeReminder = "order-wake";

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Intent is null || OrderLifecycle.IsFinished(S.State))
        {
            await UnwakeAsync();
            return;
        }

        if (_timer is null)
        {
            Arm();
        }
    }

    private async Task WakeAsync()
    {
        try
        {
            await this.RegisterOrUpdateReminder(WakeReminder, O.ReminderPeriod, O.ReminderPeriod);
        }
        catch (Exception e)
        {
            // The order still works from its timer; only a silo loss before it finishes would wait for a call.
            logger.ReminderFailed(Key, "registered", e);
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
        }
        catch (Exception e)
        {
            logger.ReminderFailed(Key, "unregistered", e);
        }
    }
}
