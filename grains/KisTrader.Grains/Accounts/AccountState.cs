using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Accounts;

/// <summary>Persisted state of <see cref="AccountGrain"/>: the last snapshot (with its time).</summary>
[GenerateSerializer, Alias("KisTrader.AccountState")]
internal sealed class AccountState
{
    [Id(0)]
    public AccountSnapshot? Snapshot { get; set; }
}
