using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Risk;
using KisTrader.Trading.Time;

namespace KisTrader.Grains.Risk;

/// <summary>The kill switch reaching the tracked positions, and the reconciliation's result.</summary>
internal sealed partial class RiskGrain
{
    public async Task<RiskView> ApplyReconciliationAsync(ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = clock.GetUtcNow();
        var differences = report.Error is { } error ? [$"reconciliation could not run ({error})", .. report.Differences] : report.Differences;
        if (!report.Clean)
        {
            S.EntriesHaltedByReconciliation = true;
            S.ReconciliationDifference = string.Join("; ", differences);
            await PersistAsync(now);
            logger.ReconciliationHalted(AccountKey, report.Trigger, S.ReconciliationDifference);
        }
        else
        {
            logger.ReconciliationClean(AccountKey, report.Trigger, S.EntriesHaltedByReconciliation);
        }

        await events.PublishAsync(
            new ReconciliationFinished(AccountKey, report.Trigger, report.Clean, differences, S.EntriesHaltedByReconciliation,
                report.BrokerHoldings, report.BrokerOpenOrders, report.Positions, report.WorkingOrders, report.Error),
            now);
        if (!report.Clean)
        {
            await RiskAlerts.RaiseAsync(alerts, logger, AccountKey, new RiskAlert(
                now, "Critical", "reconciliation", KrxTime.DateOf(now), "reconciliation-difference",
                $"new entries halted ({report.Trigger}): {string.Join("; ", differences)}"));
        }

        return View();
    }

    public async Task<RiskView> ClearReconciliationHaltAsync(string requestedBy, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = clock.GetUtcNow();
        var was = S.ReconciliationDifference;
        S.EntriesHaltedByReconciliation = false;
        S.ReconciliationDifference = null;
        await PersistAsync(now);
        logger.ReconciliationHaltCleared(AccountKey, requestedBy, reason);
        await events.PublishAsync(new RiskChanged(AccountKey, RiskChange.ReconciliationHaltCleared, S.Mode, requestedBy, reason, Detail: was), now);
        await RiskAlerts.RaiseAsync(alerts, logger, AccountKey, new RiskAlert(
            now, "Warning", "reconciliation", KrxTime.DateOf(now), "reconciliation-halt-cleared", $"cleared by {requestedBy}: {reason} (was: {was ?? "none"})"));
        return View();
    }

    // An interleaving one-shot timer: the calls run without holding this grain, so an order gate reading it while a
    // position waits on that order never deadlocks with the kill switch's call to the same position.
    private void ReachPositions(KillSwitchMode mode, ImmutableArray<string> positions, string requestedBy, string reason)
    {
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(
            async _ =>
            {
                timer?.Dispose();
                await CallPositionsAsync(mode, positions, requestedBy, reason);
            },
            new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    private async Task CallPositionsAsync(KillSwitchMode mode, ImmutableArray<string> positions, string requestedBy, string reason)
    {
        var failed = ImmutableArray.CreateBuilder<string>();
        foreach (var key in positions)
        {
            try
            {
                var position = GrainFactory.GetGrain<IPositionGrain>(key);
                _ = mode == KillSwitchMode.Flattening
                    ? await position.FlattenAsync(requestedBy, reason)
                    : await position.CancelEntryAsync(requestedBy, reason);
            }
            catch (Exception e)
            {
                logger.PositionCallFailed(e, AccountKey, key);
                failed.Add(key);
            }
        }

        var now = clock.GetUtcNow();
        await events.TryPublishAsync(
            new RiskChanged(AccountKey, RiskChange.KillSwitchReachedPositions, mode, requestedBy, reason,
                PositionsReached: positions.Length - failed.Count, PositionsFailed: failed.ToImmutable()),
            now);
        if (failed.Count > 0)
        {
            await RiskAlerts.RaiseAsync(alerts, logger, AccountKey, new RiskAlert(
                now, "Critical", "risk", KrxTime.DateOf(now), RiskCodes.KillSwitch, $"kill switch {mode} did not reach {string.Join(", ", failed)}"));
        }
    }
}
