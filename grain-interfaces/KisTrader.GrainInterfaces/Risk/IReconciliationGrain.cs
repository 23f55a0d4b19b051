using Orleans.Concurrency;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// The fail-closed reconciliation of one account (key: <see cref="GrainKeys.Risk"/>, the account key): the broker's
/// holdings (inquire-balance) and open orders (inquire-daily-ccld, unfilled) against the open positions the risk grain
/// tracks and their unfinished orders. Its own grain, so the slow broker and grain calls never hold the risk grain (the
/// order gate reads it on every order). The result goes to <see cref="IRiskGrain.ApplyReconciliationAsync"/>.
/// </summary>
[Alias("KisTrader.IReconciliationGrain")]
public interface IReconciliationGrain : IGrainWithStringKey
{
    /// <summary>Reconciles now and applies the result to the risk grain; returns what it found.</summary>
    /// <param name="trigger">"activation", "schedule" or the person's name.</param>
    [Alias("Reconcile")]
    Task<ReconciliationReport> ReconcileAsync(string trigger);

    /// <summary>Starts <see cref="ReconcileAsync"/> without waiting for it (the risk grain's activation uses it).</summary>
    [OneWay]
    [Alias("Start")]
    Task StartAsync(string trigger);
}
