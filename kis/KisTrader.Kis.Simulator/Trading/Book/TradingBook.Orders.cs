using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>Order entry: new cash orders, modify and cancel.</summary>
internal sealed partial class TradingBook
{
    /// <summary>order-cash: validates like KIS, reserves cash or shares, executes what crosses now, rests the remainder.</summary>
    public OrderOutcome PlaceCashOrder(AccountRef reference, CashOrderInput input, DateTimeOffset now) =>
        Run(now, reference, context => PlaceLocked(context.RequiredAccount, input, now, context.Notices));

    /// <summary>order-rvsecncl: modifies (price/type, all or part) or cancels the unfilled rest of a same-day order.</summary>
    public OrderOutcome ModifyOrCancel(AccountRef reference, ModifyOrderInput input, DateTimeOffset now) =>
        Run(now, reference, context => ModifyLocked(context.RequiredAccount, input, now, context.Notices));

    private OrderOutcome PlaceLocked(SimAccount account, CashOrderInput input, DateTimeOffset now, List<OrderNotice> notices)
    {
        var paper = account.Ref.IsPaper;
        var today = Kst.DateOf(now);
        var session = market.Session(today);
        var code = input.Code.Trim();
        var instrument = market.Instrument(code, today);
        var rejection = OrderValidator.Validate(
            input.OrdDvsn, input.OrdQty, input.OrdUnpr, instrument, session, TodayClose(code, session, now), now, paper, out var order);
        if (rejection is not null || order is null || instrument is null)
        {
            return OrderOutcome.Reject(rejection ?? TradingMessages.UnknownProduct.For(paper));
        }

        var sideCheck = CheckAccount(account, input.Side, code, order.Quantity, order.ReservePrice, released: 0m);
        if (sideCheck is not null)
        {
            return OrderOutcome.Reject(sideCheck);
        }

        var row = new SimOrder
        {
            OrderNo = NextOrderNoLocked(today),
            OriginalOrderNo = string.Empty,
            Branch = BranchFor(account),
            Action = OrderAction.New,
            Date = today,
            PlacedAt = now,
            Code = code,
            Name = instrument.Name,
            Side = input.Side,
            Type = order.Type,
            Quantity = order.Quantity,
            Price = order.Type.UsesPrice ? order.Price : 0m,
            IsEtfLike = instrument.IsEtfLike,
            ExpiresAt = order.ExpiresAt,
            ReservePrice = order.ReservePrice,
            RestingLimit = order.Price,
        };
        account.Orders.Add(row);
        _open.Add((account, row));
        notices.Add(Notice(account, row, NoticeKind.Receipt, row.Quantity, row.Price, now));
        ExecuteOnEntryLocked(account, row, order, now, notices);

        var message = paper
            ? (input.Side == OrderSide.Buy ? TradingMessages.BuyDonePaper : TradingMessages.SellDonePaper)
            : TradingMessages.OrderSentReal;
        return new OrderOutcome(true, message, row.Branch, row.OrderNo, Kst.Hhmmss(now));
    }

    private OrderOutcome ModifyLocked(SimAccount account, ModifyOrderInput input, DateTimeOffset now, List<OrderNotice> notices)
    {
        var paper = account.Ref.IsPaper;
        var today = Kst.DateOf(now);
        var original = account.Orders.FirstOrDefault(o =>
            o.Date == today && o.Action != OrderAction.Cancel && string.Equals(o.OrderNo, input.OriginalOrderNo.Trim(), StringComparison.Ordinal));
        if (original is null)
        {
            return OrderOutcome.Reject(TradingMessages.OriginalOrderNotFound.For(paper));
        }

        var kind = input.RvseCnclDvsnCd.Trim();
        if (kind is not ("01" or "02"))
        {
            return OrderOutcome.Reject(TradingMessages.InvalidModifyKind.For(paper));
        }

        var remaining = original.RemainingQuantity;
        if (remaining == 0)
        {
            return OrderOutcome.Reject(TradingMessages.NothingToModify.For(paper));
        }

        long quantity;
        if (string.Equals(input.QtyAllOrdYn.Trim(), "Y", StringComparison.OrdinalIgnoreCase))
        {
            quantity = remaining;
        }
        else if (!OrderValidator.TryParseQuantity(input.OrdQty, out quantity))
        {
            return OrderOutcome.Reject(TradingMessages.InvalidQuantity.For(paper));
        }

        if (quantity > remaining)
        {
            return OrderOutcome.Reject(TradingMessages.ModifyQuantityExceeded.For(paper));
        }

        return kind == "02"
            ? CancelLocked(account, original, quantity, now, notices)
            : ReplaceLocked(account, original, input, quantity, now, notices);
    }

    private OrderOutcome CancelLocked(SimAccount account, SimOrder original, long quantity, DateTimeOffset now, List<OrderNotice> notices)
    {
        var row = new SimOrder
        {
            OrderNo = NextOrderNoLocked(original.Date),
            OriginalOrderNo = original.OrderNo,
            Branch = original.Branch,
            Action = OrderAction.Cancel,
            Date = original.Date,
            PlacedAt = now,
            Code = original.Code,
            Name = original.Name,
            Side = original.Side,
            Type = original.Type,
            Quantity = quantity,
            Price = original.Price,
            IsEtfLike = original.IsEtfLike,
            ExpiresAt = original.ExpiresAt,
            CancelConfirmedQuantity = quantity,
        };
        original.ReducedQuantity += quantity;
        account.Orders.Add(row);
        notices.Add(Notice(account, row, NoticeKind.Receipt, quantity, row.Price, now));
        var message = account.Ref.IsPaper ? TradingMessages.CancelDonePaper : TradingMessages.CancelDoneReal;
        return new OrderOutcome(true, message, row.Branch, row.OrderNo, Kst.Hhmmss(now));
    }

    private OrderOutcome ReplaceLocked(SimAccount account, SimOrder original, ModifyOrderInput input, long quantity, DateTimeOffset now, List<OrderNotice> notices)
    {
        var paper = account.Ref.IsPaper;
        if (OrderType.Find(input.OrdDvsn.Trim()) is { } newType && IsAfterHours(newType) != IsAfterHours(original.Type))
        {
            return OrderOutcome.Reject(TradingMessages.ModifyTypeMismatch.For(paper));
        }

        var session = market.Session(original.Date);
        var instrument = market.Instrument(original.Code, original.Date);
        var rejection = OrderValidator.Validate(
            input.OrdDvsn,
            quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            input.OrdUnpr,
            instrument,
            session,
            TodayClose(original.Code, session, now),
            now,
            paper,
            out var order);
        if (rejection is not null || order is null || instrument is null)
        {
            return OrderOutcome.Reject(rejection ?? TradingMessages.UnknownProduct.For(paper));
        }

        // The moved quantity's own reservation is released by the modify, so only the difference must be affordable.
        var released = original.Side == OrderSide.Buy ? Reservation(quantity, original.ReservePrice) : 0m;
        var sideCheck = original.Side == OrderSide.Buy
            ? CheckAccount(account, original.Side, original.Code, quantity, order.ReservePrice, released)
            : null;
        if (sideCheck is not null)
        {
            return OrderOutcome.Reject(sideCheck);
        }

        var row = new SimOrder
        {
            OrderNo = NextOrderNoLocked(original.Date),
            OriginalOrderNo = original.OrderNo,
            Branch = original.Branch,
            Action = OrderAction.Modify,
            Date = original.Date,
            PlacedAt = now,
            Code = original.Code,
            Name = original.Name,
            Side = original.Side,
            Type = order.Type,
            Quantity = quantity,
            Price = order.Type.UsesPrice ? order.Price : 0m,
            IsEtfLike = original.IsEtfLike,
            ExpiresAt = order.ExpiresAt,
            ReservePrice = order.ReservePrice,
            RestingLimit = order.Price,
        };
        original.ReducedQuantity += quantity;
        account.Orders.Add(row);
        _open.Add((account, row));
        notices.Add(Notice(account, row, NoticeKind.Receipt, quantity, row.Price, now));
        ExecuteOnEntryLocked(account, row, order, now, notices);
        var message = paper ? TradingMessages.ModifyDonePaper : TradingMessages.OrderSentReal;
        return new OrderOutcome(true, message, row.Branch, row.OrderNo, Kst.Hhmmss(now));
    }

    private static bool IsAfterHours(OrderType type) => type.Session is OrderSession.AfterHoursSinglePrice
        or OrderSession.AfterCloseClosingPrice or OrderSession.PreMarketClosingPrice;

    /// <summary>Buying power for buys (cash after settlement minus open buy reservations), sellable quantity for sells.</summary>
    private KisRejection? CheckAccount(SimAccount account, OrderSide side, string code, long quantity, decimal reservePrice, decimal released)
    {
        var paper = account.Ref.IsPaper;
        if (side == OrderSide.Buy)
        {
            var need = Reservation(quantity, reservePrice);
            return need > BuyingPowerLocked(account) + released ? TradingMessages.InsufficientCash.For(paper) : null;
        }

        return quantity > SellableLocked(account, code) ? TradingMessages.SellQuantityExceeded.For(paper) : null;
    }

    /// <summary>Cash held back for an unfilled buy: quantity × price plus commission, rounded up to the won.</summary>
    private decimal Reservation(long quantity, decimal price) => Math.Ceiling(quantity * price * (1m + _options.CommissionRate));

    private decimal BuyingPowerLocked(SimAccount account) =>
        account.CashAfterSettlement - account.Orders.Where(o => o.Side == OrderSide.Buy && o.IsOpen).Sum(o => Reservation(o.RemainingQuantity, o.ReservePrice));

    private static long SellableLocked(SimAccount account, string code)
    {
        var held = account.Holdings.TryGetValue(code, out var holding) ? holding.Quantity : 0;
        var reserved = account.Orders.Where(o => o.Side == OrderSide.Sell && o.IsOpen && o.Code == code).Sum(o => o.RemainingQuantity);
        return held - reserved;
    }

    /// <summary>Today's official close once the closing auction has matched (needed by 06 and the 07 band).</summary>
    private decimal? TodayClose(string code, SimSession session, DateTimeOffset now) =>
        session.IsTradingDay && now >= Kst.At(session.Date, session.Close) ? market.ClosingAuction(code, session.Date)?.Price : null;
}
