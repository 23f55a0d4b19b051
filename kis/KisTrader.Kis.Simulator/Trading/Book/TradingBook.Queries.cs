using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>Account queries (balance, daily executions, buying power, cancelable orders), consistent with the book at their instant.</summary>
internal sealed partial class TradingBook
{
    /// <summary>inquire-balance. <paramref name="afterHoursPrices"/> (AFHR_FLPR_YN=Y) values holdings at the after-hours single price.</summary>
    public BalanceView Balance(AccountRef reference, bool afterHoursPrices, DateTimeOffset now) => Run(now, reference, context =>
    {
        var account = context.RequiredAccount;
        var today = Kst.DateOf(now);
        var rows = account.Holdings.Values
            .Where(h => h.IsListed)
            .OrderBy(h => h.Code, StringComparer.Ordinal)
            .Select(h =>
            {
                var last = market.LastPrice(h.Code, now);
                var price = (afterHoursPrices ? market.AfterHoursLastPrice(h.Code, now) : null) ?? last ?? h.AveragePrice;
                var basePrice = market.Instrument(h.Code, today)?.BasePrice ?? price;
                return new HoldingRow(
                    h.Code,
                    h.Name,
                    h.PreviousDayBuyQuantity,
                    h.PreviousDaySellQuantity,
                    h.TodayBuyQuantity,
                    h.TodaySellQuantity,
                    h.Quantity,
                    Math.Max(0, SellableLocked(account, h.Code)),
                    h.AveragePrice,
                    h.PurchaseAmount,
                    price,
                    basePrice);
            })
            .ToList();
        var summary = new BalanceSummary(
            account.Deposit,
            account.CashOn(market.NextTradingDay(today)),
            account.CashAfterSettlement,
            account.PreviousDayBuyAmount,
            account.TodayBuyAmount,
            account.PreviousDaySellAmount,
            account.TodaySellAmount,
            account.PreviousDayCosts,
            account.TodayCosts,
            account.PreviousDayTotalAsset);
        return new BalanceView(rows, summary);
    });

    /// <summary>Every order row of the account dated within [from, to] (KST dates), in placement order.</summary>
    public IReadOnlyList<OrderRow> Orders(AccountRef reference, DateOnly from, DateOnly to, DateTimeOffset now) => Run(now, reference, context =>
        (IReadOnlyList<OrderRow>)context.RequiredAccount.Orders
            .Where(o => o.Date >= from && o.Date <= to)
            .Select(Snapshot)
            .ToList());

    /// <summary>Today's orders with an unfilled rest (inquire-psbl-rvsecncl), in placement order.</summary>
    public IReadOnlyList<OrderRow> CancelableOrders(AccountRef reference, DateTimeOffset now) => Run(now, reference, context =>
        (IReadOnlyList<OrderRow>)context.RequiredAccount.Orders
            .Where(o => o.IsOpen)
            .Select(Snapshot)
            .ToList());

    /// <summary>
    /// inquire-psbl-order for a code, price and ORD_DVSN: market-like types (and a missing price) are priced at the
    /// upper limit, as KIS reserves them.
    /// </summary>
    public BuyingPowerView BuyingPower(AccountRef reference, string code, string ordDvsn, string ordUnpr, DateTimeOffset now) => Run(now, reference, context =>
    {
        var account = context.RequiredAccount;
        var cash = Math.Max(0m, BuyingPowerLocked(account));
        var instrument = market.Instrument(code.Trim(), Kst.DateOf(now));
        var type = OrderType.Find(ordDvsn.Trim());
        var entered = OrderValidator.TryParsePrice(ordUnpr, out var parsed) ? parsed : 0m;
        var price = type is { ReservesAtUpperLimit: true } || entered <= 0m ? instrument?.UpperLimit ?? entered : entered;
        var amount = Math.Floor(cash / (1m + _options.CommissionRate));
        var quantity = price > 0m ? (long)Math.Floor(amount / price) : 0L;
        var reusable = Math.Max(0m, account.TodaySellAmount - account.Fills.Where(f => f.Side == OrderSide.Sell && Kst.DateOf(f.At) == account.BookDate).Sum(f => f.Commission + f.Tax));
        return new BuyingPowerView(cash, reusable, price, amount, quantity);
    });

    private static OrderRow Snapshot(SimOrder o) => new(
        o.Date,
        o.Branch,
        o.OrderNo,
        o.OriginalOrderNo,
        o.Action,
        o.Side,
        o.Code,
        o.Name,
        o.Quantity,
        o.Price,
        o.PlacedAt,
        o.FilledQuantity,
        o.FilledAmount,
        o.RemainingQuantity,
        o.CancelConfirmedQuantity,
        o.Type,
        o.LastFillAt,
        o.CommissionCharged + o.TaxCharged);
}
