using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Risk;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Risk;

/// <summary>
/// The fail-closed reconciliation of one account (<see cref="IReconciliationGrain"/>): reads the tracked open positions
/// from the risk grain, each position's quantity and its unfinished orders, the broker's balance (all pages) and the
/// day's unfilled orders (inquire-daily-ccld CCLD_DVSN 02, which paper accounts have too; inquire-psbl-rvsecncl is real
/// only), compares them with the pure <see cref="Reconciler"/> and hands the result to the risk grain. A run that fails
/// is reported as failed (fail-closed: the risk grain halts entries). Not persisted: the risk grain keeps the result.
/// </summary>
internal sealed class ReconciliationGrain(
    IKisTrading trading,
    IOptions<RiskOptions> options,
    TimeProvider clock,
    ILogger<ReconciliationGrain> logger) : Grain, IReconciliationGrain
{
    private string AccountKey => this.GetPrimaryKeyString();

    public Task StartAsync(string trigger) => ReconcileAsync(trigger);

    public async Task<ReconciliationReport> ReconcileAsync(string trigger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        var risk = GrainFactory.GetGrain<IRiskGrain>(GrainKeys.Risk(AccountKey));
        ReconciliationReport report;
        try
        {
            report = await RunAsync(risk, trigger);
        }
        catch (Exception e)
        {
            logger.ReconciliationFailed(e, AccountKey, trigger);
            report = new ReconciliationReport(AccountKey, trigger, clock.GetUtcNow(), [], 0, 0, 0, 0, e.GetType().Name);
        }

        await risk.ApplyReconciliationAsync(report);
        return report;
    }

    private async Task<ReconciliationReport> RunAsync(IRiskGrain risk, string trigger)
    {
        var account = trading.Account;
        if (!string.Equals(GrainKeys.Account(account.Cano, account.ProductCode), AccountKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Reconciliation {AccountKey} is not the account this silo trades ({account}).");
        }

        var view = await risk.GetAsync();
        var positions = new List<HeldShares>();
        var ourOrders = new List<OpenOrderRest>();
        foreach (var key in view.OpenPositions)
        {
            var position = await GrainFactory.GetGrain<IPositionGrain>(key).GetAsync();
            var symbol = GrainKeys.ParsePosition(key).Code;
            positions.Add(new HeldShares(symbol, position.Quantity));
            foreach (var id in position.OrderIds)
            {
                var order = await GrainFactory.GetGrain<IOrderGrain>(id).GetAsync();
                if (order.Intent is { } intent && !order.IsFinished)
                {
                    var certain = order.State is OrderState.Accepted or OrderState.PartiallyFilled;
                    ourOrders.Add(new OpenOrderRest(intent.Symbol, intent.Side, intent.Quantity - order.FilledQuantity, certain));
                }
            }
        }

        var balance = await trading.GetBalanceAsync(new BalanceRequest(account), KisLane.Account);
        var now = clock.GetUtcNow();
        var today = KrxTime.DateOf(now);
        var brokerOrders = new Dictionary<string, OpenOrderRest>(StringComparer.Ordinal);
        await foreach (var row in trading.GetDailyOrdersAsync(new DailyOrderRequest(account, today, today) { Fill = FillFilter.Unfilled }, KisLane.Account))
        {
            if (!row.IsCancel && row.RemainingQuantity > 0)
            {
                brokerOrders[row.OrderNo] = new OpenOrderRest(row.Symbol, row.Side.ToTrading(), row.RemainingQuantity);
            }
        }

        var holdings = balance.Holdings.Select(h => new HeldShares(h.Symbol, h.Quantity)).ToList();
        var result = Reconciler.Compare(holdings, brokerOrders.Values, positions, ourOrders, options.Value.ReconciliationIgnoredSymbols);
        return new ReconciliationReport(
            AccountKey, trigger, now, [.. result.Differences.Select(d => d.Describe())],
            holdings.Count(h => h.Quantity != 0), brokerOrders.Count, positions.Count, ourOrders.Count, null);
    }
}
