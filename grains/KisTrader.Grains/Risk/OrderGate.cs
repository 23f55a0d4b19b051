using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Risk;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Risk;

/// <summary>
/// <see cref="IOrderGate"/>: gathers the gates' inputs and asks the pure <see cref="RiskGates"/>. The account's switches
/// come from its <see cref="IRiskGrain"/> (refusing there needs no broker call); then the symbol's quote (inquire-price on
/// the exit-checks lane: limits, halt, VI), and for buys the account's orderable cash and holding (a fresh
/// <see cref="IAccountGrain"/> snapshot) and the day's realized P&amp;L (<see cref="ITradeJournal"/>: trades whose last
/// sell was today). An input that cannot be read is missing, and the gates that need it refuse (fail-closed). A refusal
/// is logged, published (<see cref="RiskChanged"/> OrderRefused), alerted and returned.
/// </summary>
internal sealed class OrderGate(
    IGrainFactory grains,
    IKisMarketData marketData,
    ITradeJournal trades,
    KrxCalendar calendar,
    RiskGates gates,
    TradingEventPublisher events,
    IRiskAlertJournal alerts,
    ILogger<OrderGate> logger) : IOrderGate
{
    /// <summary>How far back closed trades are read to find those that closed today (a position lives from D to D+1).</summary>
    private const int TradeLookbackDays = 14;

    public async Task<OrderGateVerdict> CheckAsync(OrderIntent intent, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var order = new RiskOrder(intent.Symbol, intent.Side, intent.Kind, intent.Quantity, intent.LimitPrice, intent.Purpose, intent.TradingDate);
        var view = await grains.GetGrain<IRiskGrain>(GrainKeys.Risk(intent.AccountKey)).GetAsync();
        var switches = new RiskSwitches(
            view.Mode == KillSwitchMode.EntriesHalted, view.Mode == KillSwitchMode.Flattening, view.EntriesHaltedByReconciliation, view.HaltedSymbols);
        var today = KrxTime.DateOf(now);
        var sessions = calendar.IsTradingDay(today) ? calendar.Sessions(today) : null;
        var check = new RiskCheck(order, now, sessions, null, null, 0m, switches);
        var refusal = new KillSwitchRule().Check(check);
        if (refusal is null)
        {
            check = check with { Quote = await QuoteAsync(intent.Symbol, cancellationToken) };
            if (order.IsEntry)
            {
                check = check with { Account = await AccountAsync(intent, cancellationToken) };
                var realized = await RealizedTodayAsync(intent.Symbol, today, cancellationToken);
                refusal = realized is null
                    ? new RiskRefusal(RiskCodes.DailyLoss, "the day's realized P&L could not be read from the journal")
                    : null;
                check = check with { RealizedPnLToday = realized ?? 0m };
            }

            refusal ??= gates.Check(check);
        }

        if (refusal is null)
        {
            return OrderGateVerdict.Allow;
        }

        logger.OrderRefused(intent.ClientOrderId, intent.Symbol, refusal.Code, refusal.Detail);
        await events.PublishAsync(
            new RiskChanged(intent.AccountKey, RiskChange.OrderRefused, view.Mode, intent.RequestedBy, intent.Reason, intent.Symbol,
                refusal.Code, refusal.Detail, intent.ClientOrderId, intent.TradingDate),
            now);
        await RiskAlerts.RaiseAsync(alerts, logger, intent.AccountKey, new RiskAlert(
            now, "Warning", "risk", intent.TradingDate, refusal.Code, $"order {intent.ClientOrderId} ({intent.Side} {intent.Quantity} {intent.Symbol}) refused: {refusal.Detail}"));
        return OrderGateVerdict.Refuse(refusal.Code, refusal.Detail);
    }

    private async Task<RiskQuote?> QuoteAsync(string symbol, CancellationToken cancellationToken)
    {
        try
        {
            var q = await marketData.GetQuoteAsync(new SymbolQuery(symbol), KisLane.ExitChecks, cancellationToken);
            var vi = q.ViCode is { Length: > 0 } code && code is not ("N" or "0");
            return new RiskQuote(q.Price, q.BasePrice, q.IsHalted, vi);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.InputFailed(e, "the quote", symbol);
            return null;
        }
    }

    private async Task<RiskAccount?> AccountAsync(OrderIntent intent, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await grains.GetGrain<IAccountGrain>(intent.AccountKey).RefreshAsync(cancellationToken);
            var held = snapshot.Holdings.Where(h => h.Symbol == intent.Symbol).Sum(h => h.Quantity);
            return new RiskAccount(snapshot.OrderableCash, held);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.InputFailed(e, "the account", intent.Symbol);
            return null;
        }
    }

    private async Task<decimal?> RealizedTodayAsync(string symbol, DateOnly today, CancellationToken cancellationToken)
    {
        try
        {
            var closed = await trades.ReadTradesAsync(today.AddDays(-TradeLookbackDays), today, cancellationToken);
            return closed.Where(t => t.ExitDate == today).Sum(t => t.NetPnL);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.InputFailed(e, "the day's closed trades", symbol);
            return null;
        }
    }
}
