using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>Executions: on entry against the book's depth, against trade prints and the book while resting, and in auctions.</summary>
internal sealed partial class TradingBook
{
    /// <summary>
    /// What happens right after acceptance: closing-price types (05/06) fill in full at their fixed price; in the
    /// continuous session a marketable order takes the book's depth level by level (partial fills), IOC drops its
    /// rest, FOK fills completely or not at all; everything else rests for its auction or for the market to come.
    /// </summary>
    private void ExecuteOnEntryLocked(SimAccount account, SimOrder order, ValidatedOrder validated, DateTimeOffset now, List<OrderNotice> notices)
    {
        if (validated.Type.Pricing == OrderPricing.ClosingPrice)
        {
            FillLocked(account, order, order.RemainingQuantity, validated.Price, now, notices);
            return;
        }

        var session = market.Session(order.Date);
        if (!InContinuous(session, now) || validated.Type.Session is not (OrderSession.Regular or OrderSession.ContinuousOnly))
        {
            return;
        }

        var book = market.Book(order.Code, now);
        if (book is null)
        {
            LapseIfImmediate(account, order, now, notices);
            return;
        }

        var ask = order.Side == OrderSide.Buy;
        var opposite = ask ? book.Asks : book.Bids;
        var same = ask ? book.Bids : book.Asks;
        switch (validated.Type.Pricing)
        {
            case OrderPricing.BestOpposite when opposite.IsDefaultOrEmpty:
            case OrderPricing.BestSame when same.IsDefaultOrEmpty:
                Lapse(account, order, now, notices, NoticeKind.ExchangeCancel);
                return;
            case OrderPricing.BestOpposite:
                order.RestingLimit = opposite[0].Price;
                break;
            case OrderPricing.BestSame:
                order.RestingLimit = same[0].Price;
                break;
        }

        if (validated.Type.Condition == OrderTimeCondition.FillOrKill
            && AvailableAgainst(order, opposite) < order.RemainingQuantity)
        {
            Lapse(account, order, now, notices, NoticeKind.ExchangeCancel);
            return;
        }

        TakeDepth(account, order, opposite, ask, takerPrices: true, now, notices);
        LapseIfImmediate(account, order, now, notices);
    }

    /// <summary>Quantity of the opposite side this order could take at its limit (0 limit = any price).</summary>
    private long AvailableAgainst(SimOrder order, System.Collections.Immutable.ImmutableArray<SimBookLevel> levels)
    {
        var ask = order.Side == OrderSide.Buy;
        return levels.Where(l => Crosses(order, l.Price)).Sum(l => _depth.Available(order.Code, ask, l));
    }

    /// <summary>
    /// Takes depth from the opposite levels that cross the order's limit. An aggressive order on entry pays each level's
    /// price (taker); a resting order that the book has crossed trades at its own limit (the resting price sets the trade).
    /// </summary>
    private void TakeDepth(
        SimAccount account,
        SimOrder order,
        System.Collections.Immutable.ImmutableArray<SimBookLevel> levels,
        bool ask,
        bool takerPrices,
        DateTimeOffset at,
        List<OrderNotice> notices)
    {
        if (levels.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var level in levels)
        {
            if (order.RemainingQuantity == 0 || !Crosses(order, level.Price))
            {
                break;
            }

            var take = Math.Min(order.RemainingQuantity, _depth.Available(order.Code, ask, level));
            if (take <= 0)
            {
                continue;
            }

            _depth.Take(order.Code, ask, level, take);
            var price = takerPrices || order.RestingLimit == 0m ? level.Price : order.RestingLimit;
            FillLocked(account, order, take, price, at, notices);
        }
    }

    /// <summary>Whether a trade at <paramref name="price"/> is acceptable to the order (its limit, or any price).</summary>
    private static bool Crosses(SimOrder order, decimal price) =>
        order.RestingLimit == 0m || (order.Side == OrderSide.Buy ? price <= order.RestingLimit : price >= order.RestingLimit);

    /// <summary>Whether a print trades through a resting order (strictly better than its limit, or at it with FillRestingAtTouch).</summary>
    private bool TradesThrough(SimOrder order, decimal price)
    {
        if (order.RestingLimit == 0m)
        {
            return true;
        }

        var through = order.Side == OrderSide.Buy ? price < order.RestingLimit : price > order.RestingLimit;
        return through || (_options.FillRestingAtTouch && price == order.RestingLimit);
    }

    private static void LapseIfImmediate(SimAccount account, SimOrder order, DateTimeOffset at, List<OrderNotice> notices)
    {
        if (order.Type.Condition != OrderTimeCondition.Day && order.RemainingQuantity > 0)
        {
            Lapse(account, order, at, notices, NoticeKind.ExchangeCancel);
        }
    }

    /// <summary>Drops the unfilled rest: at the end of its session (no notice) or by the exchange (IOC/FOK, notice).</summary>
    private static void Lapse(SimAccount account, SimOrder order, DateTimeOffset at, List<OrderNotice> notices, NoticeKind? notice)
    {
        var rest = order.RemainingQuantity;
        if (rest == 0)
        {
            return;
        }

        order.LapsedQuantity += rest;
        if (notice is { } kind)
        {
            notices.Add(Notice(account, order, kind, rest, order.Price, at));
        }
    }

    /// <summary>
    /// Books one execution: fees on the order's cumulative amount (truncated to the won, so partial fills cost what one
    /// fill would), holdings and average price, today's counters, and the cash movement settling D+2.
    /// </summary>
    private void FillLocked(SimAccount account, SimOrder order, long quantity, decimal price, DateTimeOffset at, List<OrderNotice> notices)
    {
        if (quantity <= 0)
        {
            return;
        }

        RollLocked(account, Kst.DateOf(at));
        var amount = quantity * price;
        var cumulative = order.FilledAmount + amount;
        var commission = Math.Floor(cumulative * _options.CommissionRate) - order.CommissionCharged;
        var tax = order.Side == OrderSide.Sell ? Math.Floor(cumulative * TaxRate(order)) - order.TaxCharged : 0m;
        order.FilledQuantity += quantity;
        order.FilledAmount = cumulative;
        order.CommissionCharged += commission;
        order.TaxCharged += tax;
        order.LastFillAt = at;

        if (!account.Holdings.TryGetValue(order.Code, out var holding))
        {
            holding = new SimHolding { Code = order.Code, Name = order.Name, IsEtfLike = order.IsEtfLike };
            account.Holdings.Add(order.Code, holding);
        }

        var settlesOn = SettlementDate(Kst.DateOf(at));
        if (order.Side == OrderSide.Buy)
        {
            holding.Quantity += quantity;
            holding.PurchaseAmount += amount;
            holding.TodayBuyQuantity += quantity;
            account.TodayBuyAmount += amount;
            account.Pending.Add(new PendingSettlement(settlesOn, -(amount + commission)));
        }
        else
        {
            holding.PurchaseAmount = holding.Quantity == quantity ? 0m : holding.PurchaseAmount * (holding.Quantity - quantity) / holding.Quantity;
            holding.Quantity -= quantity;
            holding.TodaySellQuantity += quantity;
            account.TodaySellAmount += amount;
            account.Pending.Add(new PendingSettlement(settlesOn, amount - commission - tax));
        }

        account.TodayCosts += commission + tax;
        account.Fills.Add(new SimFill(order.OrderNo, order.Code, order.Side, at, quantity, price, commission, tax));
        notices.Add(Notice(account, order, NoticeKind.Fill, quantity, price, at));
    }

    /// <summary>
    /// A single-price auction at <paramref name="auction"/>'s price: crossing orders fill at that price in priority
    /// (market-like first, then price, then time), each side capped at the auction's volume × AuctionFillShareOfVolume.
    /// </summary>
    private void MatchAuction(IEnumerable<(SimAccount Account, SimOrder Order)> candidates, SimAuction auction, bool closingAuction, List<OrderNotice> notices)
    {
        var capacity = new Dictionary<OrderSide, long>
        {
            [OrderSide.Buy] = (long)Math.Floor(auction.Volume * _options.AuctionFillShareOfVolume),
            [OrderSide.Sell] = (long)Math.Floor(auction.Volume * _options.AuctionFillShareOfVolume),
        };
        var ordered = candidates
            .Where(c => c.Order.IsOpen && c.Order.PlacedAt < auction.At)
            .OrderBy(c => AuctionLimit(c.Order, closingAuction) == 0m ? 0 : 1)
            .ThenBy(c => c.Order.Side == OrderSide.Buy ? -AuctionLimit(c.Order, closingAuction) : AuctionLimit(c.Order, closingAuction))
            .ThenBy(c => c.Order.PlacedAt)
            .ThenBy(c => c.Order.OrderNo, StringComparer.Ordinal);
        foreach (var (account, order) in ordered)
        {
            var limit = AuctionLimit(order, closingAuction);
            var crosses = limit == 0m || (order.Side == OrderSide.Buy ? auction.Price <= limit : auction.Price >= limit);
            var quantity = Math.Min(order.RemainingQuantity, capacity[order.Side]);
            if (!crosses || quantity <= 0)
            {
                continue;
            }

            capacity[order.Side] -= quantity;
            FillLocked(account, order, quantity, auction.Price, auction.At, notices);
        }
    }

    /// <summary>The limit an order brings to an auction: 0 (any price) for market-like rests and for 02 at the close.</summary>
    private static decimal AuctionLimit(SimOrder order, bool closingAuction) =>
        closingAuction && order.Type.Code == "02" ? 0m : order.RestingLimit;

    private static bool InContinuous(SimSession session, DateTimeOffset at)
    {
        if (!session.IsTradingDay)
        {
            return false;
        }

        var time = Kst.TimeOf(at);
        return Kst.DateOf(at) == session.Date && time >= session.Open && time < session.ClosingAuctionStart;
    }
}
