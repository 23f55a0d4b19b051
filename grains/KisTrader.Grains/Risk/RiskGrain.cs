using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Risk;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Risk;

/// <summary>
/// One account's risk state (<see cref="IRiskGrain"/>): the kill switch, the reconciliation halt, halted symbols and the
/// positions that told the account they are open. Persisted before it answers, so the kill switch survives restarts;
/// every change journaled and published (<see cref="RiskChanged"/>, <see cref="ReconciliationFinished"/>) with who and
/// why, and alerted (<c>journal.alerts</c>). The kill switch reaches the tracked positions from an interleaving timer,
/// so a position waiting on the order gate (which reads this grain) never deadlocks with it. Its activation starts a
/// reconciliation (<see cref="IReconciliationGrain"/>, one-way) unless <see cref="RiskOptions.ReconcileOnActivation"/> is off.
/// </summary>
internal sealed partial class RiskGrain(
    [PersistentState("risk", ProviderNames.GrainStorage)] IPersistentState<RiskState> state,
    TradingEventPublisher events,
    IRiskAlertJournal alerts,
    IOptions<RiskOptions> options,
    TimeProvider clock,
    ILogger<RiskGrain> logger) : Grain, IRiskGrain
{
    private string AccountKey => this.GetPrimaryKeyString();

    private RiskState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ReconcileOnActivation)
        {
            GrainFactory.GetGrain<IReconciliationGrain>(AccountKey).StartAsync("activation").Ignore();
        }

        return Task.CompletedTask;
    }

    public ValueTask<RiskView> GetAsync() => ValueTask.FromResult(View());

    public Task<RiskView> HaltEntriesAsync(string requestedBy, string reason) => SetModeAsync(KillSwitchMode.EntriesHalted, requestedBy, reason);

    public Task<RiskView> FlattenAsync(string requestedBy, string reason) => SetModeAsync(KillSwitchMode.Flattening, requestedBy, reason);

    public Task<RiskView> ResumeAsync(string requestedBy, string reason) => SetModeAsync(KillSwitchMode.Active, requestedBy, reason);

    public async Task<RiskView> HaltSymbolAsync(string symbol, string reason)
    {
        GrainKeys.Symbol(symbol);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        var now = clock.GetUtcNow();
        S.HaltedSymbols[symbol] = reason;
        await PersistAsync(now);
        logger.SymbolHalted(AccountKey, symbol, reason);
        await events.PublishAsync(new RiskChanged(AccountKey, RiskChange.SymbolHalted, S.Mode, null, reason, Symbol: symbol), now);
        await RiskAlerts.RaiseAsync(alerts, logger, AccountKey, new RiskAlert(now, "Error", "risk", KrxTime.DateOf(now), "symbol-halted", $"{symbol} halted ({reason}): no new orders for it until a person lifts it"));
        return View();
    }

    public async Task TrackPositionAsync(string positionKey, bool open)
    {
        GrainKeys.ParsePosition(positionKey);
        var known = S.OpenPositions.Contains(positionKey);
        if (open == known)
        {
            return;
        }

        if (open)
        {
            S.OpenPositions.Add(positionKey);
        }
        else
        {
            S.OpenPositions.Remove(positionKey);
        }

        await PersistAsync(clock.GetUtcNow());
        if (open && S.Mode != KillSwitchMode.Active)
        {
            // A position that opens while the kill switch is on (e.g. a late fill of its buy) is reached as well.
            ReachPositions(S.Mode, [positionKey], S.ModeChangedBy ?? "kill-switch", S.ModeReason ?? "kill switch on");
        }
    }

    private async Task<RiskView> SetModeAsync(KillSwitchMode mode, string requestedBy, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = clock.GetUtcNow();
        S.Mode = mode;
        S.ModeChangedBy = requestedBy;
        S.ModeReason = reason;
        S.ModeChangedAt = now;
        await PersistAsync(now);
        logger.KillSwitchSet(AccountKey, mode, requestedBy, reason);
        var change = mode == KillSwitchMode.Active ? RiskChange.Resumed : RiskChange.KillSwitchSet;
        await events.PublishAsync(new RiskChanged(AccountKey, change, mode, requestedBy, reason), now);
        var severity = mode == KillSwitchMode.Active ? "Info" : "Critical";
        await RiskAlerts.RaiseAsync(alerts, logger, AccountKey, new RiskAlert(now, severity, "risk", KrxTime.DateOf(now), RiskCodes.KillSwitch, $"kill switch {mode} by {requestedBy}: {reason}"));
        if (mode != KillSwitchMode.Active && S.OpenPositions.Count > 0)
        {
            ReachPositions(mode, [.. S.OpenPositions], requestedBy, reason);
        }

        return View();
    }

    private async Task PersistAsync(DateTimeOffset now)
    {
        S.UpdatedAt = now;
        await state.WriteStateAsync();
    }

    private RiskView View() => new(
        AccountKey,
        S.Mode,
        S.ModeChangedBy,
        S.ModeReason,
        S.ModeChangedAt,
        S.EntriesHaltedByReconciliation,
        S.ReconciliationDifference,
        S.HaltedSymbols.ToImmutableDictionary(StringComparer.Ordinal),
        [.. S.OpenPositions],
        S.UpdatedAt ?? DateTimeOffset.MinValue);
}
