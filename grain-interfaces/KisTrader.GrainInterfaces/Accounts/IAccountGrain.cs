namespace KisTrader.GrainInterfaces;

/// <summary>
/// One brokerage account (key: <see cref="GrainKeys.Account"/>, never the account number): the balance and orderable-cash
/// snapshot from the broker (inquire-balance, inquire-psbl-order on the Account lane), persisted with its time. The
/// account must be the one the silo's KIS client trades; any other key is refused.
/// </summary>
[Alias("KisTrader.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Asks the broker now and stores the result.</summary>
    [Alias("Refresh")]
    Task<AccountSnapshot> RefreshAsync(CancellationToken cancellationToken = default);

    /// <summary>The last stored snapshot (with its time), or null before the first refresh.</summary>
    [Alias("GetSnapshot")]
    ValueTask<AccountSnapshot?> GetSnapshotAsync();
}
