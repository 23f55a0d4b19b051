using System.Collections.Immutable;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Options;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Statistics;

namespace KisTrader.Silo.Replay;

/// <summary>One replayed position: how its buy order fared after hours and, when it filled, the next day's exits.</summary>
/// <param name="Code">The symbol.</param>
/// <param name="Order">The after-hours buy decision.</param>
/// <param name="Entry">The fill at the first after-hours match at or below the limit after the order, or null when the order expired at 18:00.</param>
/// <param name="Exits">The holding day's exit fills with their reasons, in order.</param>
/// <param name="Decisions">The exit decisions that produced them (for the explanation).</param>
/// <param name="Trade">The closed trade net of costs, when the order filled.</param>
internal sealed record ReplayedPosition(
    string Code,
    AfterHoursDecision Order,
    Fill? Entry,
    ImmutableArray<ExitFill> Exits,
    ImmutableArray<ExitDecision> Decisions,
    ClosedTrade? Trade);

/// <summary>
/// Replays the fills of a session's after-hours buys and the next trading day's exits (strategy.md §7) on the simulated
/// market, with these assumptions, stated wherever the result is shown: a buy fills entirely at the first after-hours
/// match at or below its limit after the order (single-price auctions fill at the match price) and expires at 18:00
/// otherwise; an exit limit at the best bid fills at once at that price; the forced exit fills in the closing auction at
/// the official close. Rules are evaluated at every print of the day and at every window boundary.
/// </summary>
internal sealed class HoldingReplay(StrategyOptions options, SimulatedMarketData market)
{
    private readonly KrxCalendar _calendar = new(options.Calendar);
    private readonly PriceGrid _grid = new(options.PriceGrid);
    private readonly CostModel _costs = new(options.Costs);

    public ImmutableArray<ReplayedPosition> Run(ReplayReport session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var positions = ImmutableArray.CreateBuilder<ReplayedPosition>();
        foreach (var (checkpoint, buy) in session.Checkpoints.SelectMany(c => c.Decisions.Where(d => d.Action == AfterHoursAction.Buy).Select(d => (c, d))))
        {
            var orderAt = session.Schedule.At(checkpoint.Checkpoint);
            var entry = market.AfterHoursMatches(buy.Code, session.Date)
                .Where(m => m.At >= orderAt && m.Price <= buy.OrderPrice)
                .Select(m => new Fill(OrderSide.Buy, buy.Quantity, m.Price, m.At))
                .FirstOrDefault();
            if (entry is null)
            {
                positions.Add(new ReplayedPosition(buy.Code, buy, null, [], [], null));
                continue;
            }

            var (exits, decisions) = Exit(buy.Code, entry, session.NextTradingDay);
            var trade = ClosedTrade.FromFills(session.Date, buy.Code, [entry], exits, _costs);
            positions.Add(new ReplayedPosition(buy.Code, buy, entry, exits, decisions, trade));
        }

        return positions.ToImmutable();
    }

    private (ImmutableArray<ExitFill> Exits, ImmutableArray<ExitDecision> Decisions) Exit(string code, Fill entry, DateOnly day)
    {
        var policy = new ExitPolicy(options.Exits, _grid, _calendar.Schedule(day));
        var position = new PositionSnapshot(code, entry.Quantity, entry.Price);
        var exits = ImmutableArray.CreateBuilder<ExitFill>();
        var decisions = ImmutableArray.CreateBuilder<ExitDecision>();
        var prints = market.Prints(code, day);
        var events = prints.Select(p => (p.At, Price: (decimal?)p.Price))
            .Concat(policy.Boundaries.Select(b => (At: b, Price: (decimal?)null)))
            .OrderBy(e => e.At)
            .ToList();
        decimal? last = null;
        foreach (var (at, price) in events)
        {
            last = price ?? last;
            if (last is null || position.Quantity == 0 || at >= policy.MarketClose)
            {
                continue;
            }

            if (policy.WindowAt(at) == ExitWindow.ClosingAuction)
            {
                break; // the forced exit: every remaining share goes into the closing auction
            }

            var decision = policy.Evaluate(position, new QuoteSnapshot(code, last.Value, null, at), at);
            if (!decision.IsSell)
            {
                continue;
            }

            // Price the sell like the live system: a limit at the best bid of that instant.
            decision = policy.Evaluate(position, new QuoteSnapshot(code, last.Value, market.BestBid(code, at), at), at);
            if (!decision.IsSell || decision.Reason is not { } reason)
            {
                continue;
            }

            decisions.Add(decision);
            exits.Add(new ExitFill(new Fill(OrderSide.Sell, decision.Quantity, decision.LimitPrice ?? last.Value, at), reason));
            position = position with
            {
                Quantity = position.Quantity - decision.Quantity,
                PartialTaken = position.PartialTaken || reason == ExitReason.PartialTakeProfit,
            };
        }

        if (position.Quantity > 0)
        {
            var close = market.ClosingPrice(code, day) ?? last ?? entry.Price;
            exits.Add(new ExitFill(new Fill(OrderSide.Sell, position.Quantity, close, policy.MarketClose), ExitReason.ForcedExit));
        }

        return (exits.ToImmutable(), decisions.ToImmutable());
    }
}
