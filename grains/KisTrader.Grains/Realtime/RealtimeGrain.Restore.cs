using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Staying alive and coming back: while anything is held, a keep-alive timer (no idle collection) and a durable reminder
/// (re-activation on a live silo after this one dies); an activation with a non-empty table re-takes every hold in the
/// background (<see cref="RestoreRule"/> decides retry, drop or fail) while Subscribe and Unsubscribe wait for it.
/// </summary>
internal sealed partial class RealtimeGrain
{
    private Task _restore = Task.CompletedTask;
    private bool _restoring;
    private bool _reminderRegistered;
    private IGrainTimer? _keepAlive;

    /// <summary>Not awaited: the broker may be unreachable for a while, and the activation (and GetStatus) must not wait for it.</summary>
    private void StartRestore()
    {
        logger.Restoring(SiloName, state.State.Entries.Count);
        _restoring = true;
        _restore = RestoreAsync(_stop.Token);
    }

    private async Task RestoreAsync(CancellationToken stop)
    {
        try
        {
            await KeepAliveAsync();
            var entries = state.State.Entries.ToList();
            var dropped = new List<MarketDataEntry>();
            foreach (var entry in entries)
            {
                if (await RestoreOneAsync(entry, stop) is { } reason)
                {
                    logger.RestoreDropped(entry.Owner, entry.Kind, entry.Symbol, reason);
                    dropped.Add(entry);
                    await TellAsync(MarketDataChange.RestoreDropped, NullIfEmpty(entry.Symbol), entry.Kind, entry.Owner, entry.Priority, 0, 0, 0, reason);
                }
            }

            if (dropped.Count > 0)
            {
                state.State.Entries.RemoveAll(dropped.Contains);
                await state.WriteStateAsync(stop);
            }

            logger.Restored(entries.Count - dropped.Count, entries.Count, SiloName);
            await TellAsync(MarketDataChange.Restored, null, MarketDataKinds.None, null, null, entries.Count - dropped.Count, 0, dropped.Count, $"on silo {SiloName}");
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deactivating.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.RestoreFailed(ex);
        }
        finally
        {
            _restoring = false;
        }
    }

    /// <summary>Re-takes one persisted hold; returns why it had to be dropped, or null when it is held again.</summary>
    private async Task<string?> RestoreOneAsync(MarketDataEntry entry, CancellationToken stop)
    {
        while (true)
        {
            try
            {
                _handles[entry.Key] = await AcquireAsync(entry.Symbol, entry.Kind, entry.Priority, stop);
                return null;
            }
            catch (Exception ex) when (RestoreRule.Classify(ex) == RestoreOutcome.Retry)
            {
                logger.RestoreRetry(entry.Kind, entry.Symbol, ex.Message, options.Value.RestoreRetryDelay);
                await Task.Delay(options.Value.RestoreRetryDelay, clock, stop);
            }
            catch (Exception ex) when (RestoreRule.Classify(ex) == RestoreOutcome.Drop)
            {
                return ex.Message;
            }
        }
    }

    /// <summary>While anything is held: a keep-alive timer (no idle collection) and the durable reminder (re-activation elsewhere).</summary>
    private async Task KeepAliveAsync()
    {
        var period = options.Value.KeepAlivePeriod;
        _keepAlive ??= this.RegisterGrainTimer(static _ => Task.CompletedTask, new GrainTimerCreationOptions(period, period) { KeepAlive = true, Interleave = true });
        if (!_reminderRegistered)
        {
            await this.RegisterOrUpdateReminder(ReminderName, options.Value.ReminderPeriod, options.Value.ReminderPeriod);
            _reminderRegistered = true;
        }
    }

    private async Task IdleAsync()
    {
        _keepAlive?.Dispose();
        _keepAlive = null;
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderRegistered = false;
        logger.Idle();
    }
}
