using KisTrader.GrainInterfaces;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Trading.Exits;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Positions;

/// <summary>
/// The price fallback when the trades stop (feed down, registration refused at the cap, symbol grain failing): during the
/// exit day's decision windows (morning start to the forced exit), when no trade has reached the position for
/// <see cref="PositionOptions.StalePriceAfter"/>, the next wake reads the current price over REST (inquire-price, lane
/// <see cref="KisLane.ExitChecks"/>) and the rules are evaluated on it as on a trade at that instant; again every period
/// while the trades stay absent, never once they are back, outside the windows or after the position ended. The wake is the
/// position's one timer (<see cref="ArmWake"/>), on the grains' clock.
/// <para>
/// inquire-price carries no best bid: a sell decided on a polled price is a market order (the rules' "no bid to price a
/// limit"), unless the price is the last trade's, whose bid is kept. The day's first price from a poll is the broker's official open (stck_oprc); while it is 0 (no trade yet today)
/// the answer's price is the previous close, so nothing is applied ("no price yet today"). A poll that fails is logged and
/// retried next period.
/// </para>
/// </summary>
internal sealed partial class PositionGrain
{
    /// <summary>The <see cref="PositionChanged.PriceSource"/> of a price read by a quote poll.</summary>
    public const string QuotePoll = "QuotePoll";

    /// <summary>When this activation started (a reactivation's staleness counts from it: it has no quote yet).</summary>
    private DateTimeOffset _activatedAt;

    /// <summary>When a trade last reached the rules in this activation (the grains' clock), or null.</summary>
    private DateTimeOffset? _tickArrivedAt;

    /// <summary>When the last quote poll was made (failed or not), or null.</summary>
    private DateTimeOffset? _polledAt;

    /// <summary>The rules' quote (<see cref="_quote"/>) was read by a poll, not delivered as a trade.</summary>
    private bool _quoteFromPoll;

    /// <summary>The stale price was announced (a warning once per gap; an information line when the trades come back).</summary>
    private bool _stale;

    /// <summary>The instant the next quote poll is due, or null (fallback off, not open, flattening, selling stopped, past the decision windows).</summary>
    private DateTimeOffset? NextPollAt()
    {
        var every = settings.Options.StalePriceAfter;
        if (every <= TimeSpan.Zero || S.Status != PositionStatus.Open || S.ExitDate is null || S.FlattenBy is not null
            || S.RejectedSells >= settings.Options.MaxRejectedSells)
        {
            return null;
        }

        var policy = Schedule.Policy;
        var at = Latest(Latest(_tickArrivedAt, _polledAt), Latest(_activatedAt, policy.MorningStart)) + every;
        return at < policy.ForcedExitStart ? at : null;
    }

    /// <summary>A wake at <paramref name="now"/>: reads the price over REST when it is stale (the caller evaluates the rules).</summary>
    private async Task PollIfStaleAsync(DateTimeOffset now)
    {
        if (NextPollAt() is not { } due || now < due)
        {
            return;
        }

        var every = settings.Options.StalePriceAfter;
        if (!_stale)
        {
            _stale = true;
            logger.PriceStale(Key, now - Latest(_tickArrivedAt, Latest(_activatedAt, Schedule.Policy.MorningStart)), every);
        }

        _polledAt = now;
        StockQuote quote;
        try
        {
            var market = ServiceProvider.GetService<IKisMarketData>() ?? throw new InvalidOperationException("no KIS market-data client in the silo");
            quote = await market.GetQuoteAsync(new SymbolQuery(Code), KisLane.ExitChecks);
        }
#pragma warning disable CA1031 // Any failure (a timeout's cancellation included) is the broker's: logged, retried next period, never the grain's.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.QuotePollFailed(e, Key, every);
            return;
        }

        if (quote.Price <= 0 || quote.Open <= 0 || S.Status != PositionStatus.Open)
        {
            logger.QuotePollNoPrice(Key, quote.Price, quote.Open, every);
            return;
        }

        // Applied as a trade at this instant: an older print delivered later is not applied (the market moved past it).
        _lastTradeAt = _lastTradeAt is { } last && last > now ? last : now;
        S.LastPrice = quote.Price;
        // inquire-price has no bid: the last trade's bid is kept only while the price is the same (nothing new was learned).
        var bid = _quote is { } known && known.Price == quote.Price ? known.BestBid : null;
        _quote = new QuoteSnapshot(Code, quote.Price, bid, now);
        _quoteFromPoll = true;
        logger.QuotePolled(Key, quote.Price, quote.Open);
        if (S.Day2Open is null)
        {
            S.Day2Open = quote.Open;
            await SaveAsync(now);
            await PublishAsync(PositionChange.FirstPrice, now, null, priceSource: QuotePoll);
        }
    }

    /// <summary>A trade reached the rules at <paramref name="now"/>: the polls stop until the trades are absent again.</summary>
    private void TickArrived(DateTimeOffset now)
    {
        _tickArrivedAt = now;
        _quoteFromPoll = false;
        if (_stale)
        {
            _stale = false;
            logger.TicksBack(Key);
        }
    }

    private static DateTimeOffset Latest(DateTimeOffset? a, DateTimeOffset? b) =>
        (a ?? DateTimeOffset.MinValue) > (b ?? DateTimeOffset.MinValue) ? a ?? DateTimeOffset.MinValue : b ?? DateTimeOffset.MinValue;
}
