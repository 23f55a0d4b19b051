using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>
/// Moving the book through simulated time (last, now]: continuous-session prints between the day's milestones, then
/// each milestone in order (opening auction, closing auction and the regular lapse, after-hours auctions, the 18:00
/// lapse), then the book at <c>now</c>. Works for any step: 100 ms, 60x, or a jump over days.
/// </summary>
internal sealed partial class TradingBook
{
    private enum MilestoneKind
    {
        OpeningAuction,
        PreMarketClosingLapse,
        ClosingAuction,
        RegularLapse,
        AfterCloseLapse,
        AfterHoursAuction,
        AfterHoursLapse,
    }

    private readonly record struct Milestone(DateTimeOffset At, MilestoneKind Kind, SimSession Session);

    private void AdvanceLocked(DateTimeOffset now, List<OrderNotice> notices)
    {
        if (_advancedTo is not { } from)
        {
            _advancedTo = now;
            return;
        }

        if (now <= from)
        {
            return;
        }

        var open = OpenOrders();
        if (open.Count > 0)
        {
            var cursor = from;
            foreach (var milestone in Milestones(open, from, now))
            {
                ContinuousSegment(cursor, milestone.At, notices);
                ApplyMilestone(milestone, notices);
                cursor = milestone.At;
            }

            ContinuousSegment(cursor, now, notices);
            CrossWithBook(now, notices);
        }

        _advancedTo = now;
    }

    /// <summary>Orders with an unfilled rest (an index, pruned as rests fill, lapse or move to modify/cancel rows).</summary>
    private List<(SimAccount Account, SimOrder Order)> OpenOrders()
    {
        _open.RemoveAll(x => !x.Order.IsOpen);
        return [.. _open];
    }

    private IEnumerable<Milestone> Milestones(List<(SimAccount Account, SimOrder Order)> open, DateTimeOffset from, DateTimeOffset to)
    {
        var all = new List<Milestone>();
        foreach (var date in open.Select(o => o.Order.Date).Distinct())
        {
            var s = market.Session(date);
            if (!s.IsTradingDay)
            {
                continue;
            }

            all.Add(new Milestone(Kst.At(date, s.PreMarketClosingEnd), MilestoneKind.PreMarketClosingLapse, s));
            all.Add(new Milestone(Kst.At(date, s.Open), MilestoneKind.OpeningAuction, s));
            all.Add(new Milestone(Kst.At(date, s.Close), MilestoneKind.ClosingAuction, s));
            all.Add(new Milestone(Kst.At(date, s.Close), MilestoneKind.RegularLapse, s));
            all.Add(new Milestone(Kst.At(date, s.AfterHoursStart), MilestoneKind.AfterCloseLapse, s));
            all.AddRange(s.AfterHoursAuctionTimes().Select(t => new Milestone(Kst.At(date, t), MilestoneKind.AfterHoursAuction, s)));
            all.Add(new Milestone(Kst.At(date, s.AfterHoursEnd), MilestoneKind.AfterHoursLapse, s));
        }

        // Same instant: auctions before lapses (the enum order says so).
        return all.Where(m => m.At > from && m.At <= to).OrderBy(m => m.At).ThenBy(m => m.Kind);
    }

    private void ApplyMilestone(Milestone milestone, List<OrderNotice> notices)
    {
        var date = milestone.Session.Date;
        var ofDay = OpenOrders().Where(x => x.Order.Date == date).ToList();
        switch (milestone.Kind)
        {
            case MilestoneKind.OpeningAuction:
                AuctionByCode(ofDay.Where(x => IsRegular(x.Order)), code => market.OpeningAuction(code, date), closing: false, notices);
                break;
            case MilestoneKind.ClosingAuction:
                AuctionByCode(ofDay.Where(x => IsRegular(x.Order)), code => market.ClosingAuction(code, date), closing: true, notices);
                break;
            case MilestoneKind.AfterHoursAuction:
                AuctionByCode(
                    ofDay.Where(x => x.Order.Type.Session == OrderSession.AfterHoursSinglePrice),
                    code => market.AfterHoursAuction(code, milestone.At),
                    closing: false,
                    notices);
                break;
            case MilestoneKind.RegularLapse:
                LapseAll(ofDay.Where(x => IsRegular(x.Order)), milestone.At, notices);
                break;
            case MilestoneKind.PreMarketClosingLapse:
                LapseAll(ofDay.Where(x => x.Order.Type.Session == OrderSession.PreMarketClosingPrice), milestone.At, notices);
                break;
            case MilestoneKind.AfterCloseLapse:
                LapseAll(ofDay.Where(x => x.Order.Type.Session == OrderSession.AfterCloseClosingPrice), milestone.At, notices);
                break;
            case MilestoneKind.AfterHoursLapse:
                LapseAll(ofDay.Where(x => x.Order.Type.Session == OrderSession.AfterHoursSinglePrice), milestone.At, notices);
                break;
        }
    }

    private static bool IsRegular(SimOrder order) => order.Type.Session is OrderSession.Regular or OrderSession.ContinuousOnly;

    private void AuctionByCode(
        IEnumerable<(SimAccount Account, SimOrder Order)> candidates,
        Func<string, SimAuction?> auctionOf,
        bool closing,
        List<OrderNotice> notices)
    {
        foreach (var group in candidates.GroupBy(c => c.Order.Code, StringComparer.Ordinal))
        {
            if (auctionOf(group.Key) is { } auction)
            {
                MatchAuction(group, auction, closing, notices);
            }
        }
    }

    private static void LapseAll(IEnumerable<(SimAccount Account, SimOrder Order)> orders, DateTimeOffset at, List<OrderNotice> notices)
    {
        foreach (var (account, order) in orders)
        {
            Lapse(account, order, at, notices, notice: null);
        }
    }

    /// <summary>
    /// Continuous-session prints in (from, to] fill resting regular orders that they trade through, in time priority,
    /// each print's volume × RestingFillShareOfVolume shared among our orders.
    /// </summary>
    private void ContinuousSegment(DateTimeOffset from, DateTimeOffset to, List<OrderNotice> notices)
    {
        if (to <= from)
        {
            return;
        }

        var resting = OpenOrders().Where(x => IsRegular(x.Order)).ToList();
        foreach (var group in resting.GroupBy(x => (x.Order.Code, x.Order.Date)))
        {
            var session = market.Session(group.Key.Date);
            if (!session.IsTradingDay)
            {
                continue;
            }

            var windowStart = Kst.At(session.Date, session.Open);
            var windowEnd = Kst.At(session.Date, session.ClosingAuctionStart);
            var start = from > windowStart ? from : windowStart;
            var end = to < windowEnd ? to : windowEnd.AddTicks(-1);
            if (end <= start)
            {
                continue;
            }

            var orders = group.OrderBy(x => x.Order.PlacedAt).ThenBy(x => x.Order.OrderNo, StringComparer.Ordinal).ToList();
            foreach (var print in market.Trades(group.Key.Code, start, end))
            {
                var volume = (long)Math.Floor(print.Volume * _options.RestingFillShareOfVolume);
                foreach (var (account, order) in orders)
                {
                    if (volume <= 0)
                    {
                        break;
                    }

                    if (!order.IsOpen || order.PlacedAt >= print.At || !TradesThrough(order, print.Price))
                    {
                        continue;
                    }

                    var quantity = Math.Min(volume, order.RemainingQuantity);
                    volume -= quantity;
                    FillLocked(account, order, quantity, order.RestingLimit == 0m ? print.Price : order.RestingLimit, print.At, notices);
                }
            }
        }
    }

    /// <summary>Resting regular orders that the current book crosses trade at their own limit against its depth.</summary>
    private void CrossWithBook(DateTimeOffset now, List<OrderNotice> notices)
    {
        var today = Kst.DateOf(now);
        var session = market.Session(today);
        if (!InContinuous(session, now))
        {
            return;
        }

        var resting = OpenOrders().Where(x => IsRegular(x.Order) && x.Order.Date == today && x.Order.PlacedAt < now);
        foreach (var group in resting.GroupBy(x => x.Order.Code, StringComparer.Ordinal))
        {
            var book = market.Book(group.Key, now);
            if (book is null)
            {
                continue;
            }

            foreach (var (account, order) in group.OrderBy(x => x.Order.PlacedAt).ThenBy(x => x.Order.OrderNo, StringComparer.Ordinal))
            {
                var ask = order.Side == OrderSide.Buy;
                TakeDepth(account, order, ask ? book.Asks : book.Bids, ask, takerPrices: false, now, notices);
            }
        }
    }
}
