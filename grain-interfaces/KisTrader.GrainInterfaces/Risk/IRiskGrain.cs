using Orleans.Concurrency;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// One account's risk state (key: <see cref="GrainKeys.Risk"/>): the kill switch, symbols halted after an ambiguous
/// order, and the reconciliation halt. Persisted; every change journaled (who, why) and published.
/// </summary>
[Alias("KisTrader.IRiskGrain")]
public interface IRiskGrain : IGrainWithStringKey
{
    /// <summary>The current state.</summary>
    [Alias("Get")]
    ValueTask<RiskView> GetAsync();

    /// <summary>Kill switch "halt entries": cancels open buys, refuses new ones.</summary>
    [Alias("HaltEntries")]
    Task<RiskView> HaltEntriesAsync(string requestedBy, string reason);

    /// <summary>Kill switch "flatten": halts entries and sells every open position.</summary>
    [Alias("Flatten")]
    Task<RiskView> FlattenAsync(string requestedBy, string reason);

    /// <summary>Back to trading (does not clear a reconciliation halt or halted symbols).</summary>
    [Alias("Resume")]
    Task<RiskView> ResumeAsync(string requestedBy, string reason);

    /// <summary>Halts one symbol (no new orders for it) with a reason code, e.g. after an ambiguous order lookup.</summary>
    [Alias("HaltSymbol")]
    Task<RiskView> HaltSymbolAsync(string symbol, string reason);

    /// <summary>A position tells its account it entered (true: its buy works or it holds) or ended (false: closed or abandoned), so the kill switch reaches it.</summary>
    [OneWay]
    [Alias("TrackPosition")]
    Task TrackPositionAsync(string positionKey, bool open);

    /// <summary>
    /// Applies a reconciliation's result (<see cref="IReconciliationGrain"/>): an unexplained difference or a failed run
    /// halts new entries with the difference spelled out; a clean run never lifts an earlier halt (fail-closed: a person
    /// does, with <see cref="ClearReconciliationHaltAsync"/>). Journaled, published and alerted.
    /// </summary>
    [Alias("ApplyReconciliation")]
    Task<RiskView> ApplyReconciliationAsync(ReconciliationReport report);

    /// <summary>A person lifts the reconciliation halt (journaled with who and why).</summary>
    [Alias("ClearReconciliationHalt")]
    Task<RiskView> ClearReconciliationHaltAsync(string requestedBy, string reason);
}
