using KisTrader.GrainInterfaces;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Accounts;

/// <summary>
/// The broker's view of one account (<see cref="IAccountGrain"/>): balance (all pages) and orderable cash on the
/// client's Account lane, persisted with the time the answers arrived. The grain key is a hash of the account
/// (<see cref="GrainKeys.Account"/>); the number itself comes from the silo's trading client, so a key of any other
/// account is refused rather than answered with the wrong account's money. Every snapshot taken is journaled and
/// published (<see cref="AccountSnapshotTaken"/>, subject: the masked account, never the number).
/// </summary>
internal sealed class AccountGrain(
    [PersistentState("account", ProviderNames.GrainStorage)] IPersistentState<AccountState> state,
    IKisTrading trading,
    TradingEventPublisher events,
    TimeProvider clock,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain
{
    /// <summary>
    /// inquire-psbl-order needs a symbol. Only ord_psbl_cash (the account's orderable cash) is kept, which does not
    /// depend on it; the quantity and no-margin figures do (the stock's margin rate), so they are not kept.
    /// </summary>
    private const string CashProbeSymbol = "005930";

    private string AccountKey => this.GetPrimaryKeyString();

    public async Task<AccountSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var account = trading.Account;
        if (!string.Equals(GrainKeys.Account(account.Cano, account.ProductCode), AccountKey, StringComparison.Ordinal))
        {
            logger.AccountMismatch(AccountKey, account.ToString());
            throw new InvalidOperationException($"Account grain {AccountKey} is not the account this silo trades ({account}).");
        }

        var balance = await trading.GetBalanceAsync(new BalanceRequest(account), KisLane.Account, cancellationToken);
        var power = await trading.GetBuyingPowerAsync(new BuyingPowerRequest(account, CashProbeSymbol, 0m, OrderDivision.Market), KisLane.Account, cancellationToken);
        var s = balance.Summary;
        var snapshot = new AccountSnapshot(
            clock.GetUtcNow(),
            s.Deposit,
            s.NextDayCash,
            s.SettledCash,
            power.OrderableCash,
            s.SecuritiesValue,
            s.TotalValue,
            s.NetAssets,
            s.ProfitLossTotal,
            [.. balance.Holdings.Select(h => new AccountHolding(h.Symbol, h.Name, h.Quantity, h.OrderableQuantity, h.AveragePrice, h.CurrentPrice, h.EvaluationAmount, h.ProfitLoss))]);
        state.State.Snapshot = snapshot;
        await state.WriteStateAsync(cancellationToken);
        logger.AccountRefreshed(AccountKey, snapshot.RefreshedAt, snapshot.SettledCash, snapshot.OrderableCash, snapshot.Holdings.Length);
        // KisAccount.ToString() masks the number (1234****-01).
        var accountRef = account.ToString();
        await events.PublishAsync(
            new AccountSnapshotTaken(accountRef, snapshot.RefreshedAt, snapshot.SettledCash, snapshot.OrderableCash, snapshot.TotalValue, snapshot.Holdings.Length),
            snapshot.RefreshedAt);
        return snapshot;
    }

    public ValueTask<AccountSnapshot?> GetSnapshotAsync() => ValueTask.FromResult(state.State.Snapshot);
}
