using System.Collections.Immutable;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Trading.Screening.Universe;

/// <summary>
/// The base filters of strategy.md §1 applied to what is known <em>before</em> a listing's quote is read, so that a
/// funnel can skip the quote: the previous day's figures (master file) bounded by the daily price limit, and the
/// trading-value ranking. Every method returns only reasons that are <em>certain</em> to hold at the close — the same
/// <see cref="ExclusionReason"/>s, in the same fixed order, as <see cref="UniverseFilter"/> would report from the quote
/// (strategy.md §3 Conventions: a price-range drop is reported as price, not as trading value). Empty = keep. Pure.
/// </summary>
public sealed class UniversePrefilter
{
    /// <summary>The master file gives the previous day's market cap in whole 억원: widened by one 억 each way.</summary>
    public const decimal PriorMarketCapUncertainty = 100_000_000m;

    private readonly UniverseFilter _filter;
    private readonly decimal _minMarketCap;
    private readonly decimal _maxMarketCap;
    private readonly decimal _minClose;
    private readonly decimal _maxClose;
    private readonly decimal _minTradingValue;
    private readonly decimal _up;
    private readonly decimal _down;

    /// <param name="options">The base filters.</param>
    /// <param name="dailyPriceLimit">The daily price limit as a fraction (KRX: 0.30): today's close lies within 기준가 × (1 ± it).</param>
    public UniversePrefilter(UniverseOptions options, decimal dailyPriceLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dailyPriceLimit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dailyPriceLimit, 1m);
        _filter = new UniverseFilter(options);
        _minMarketCap = options.MinMarketCap;
        _maxMarketCap = options.MaxMarketCap;
        _minClose = options.MinClose;
        _maxClose = options.MaxClose;
        _minTradingValue = options.MinDayTradingValue;
        _up = 1m + dailyPriceLimit;
        _down = 1m - dailyPriceLimit;
    }

    /// <summary>
    /// From the master file: every flag, and the market-cap and close reasons that even a limit move cannot undo (listed
    /// shares unchanged). <paramref name="priorMarketCap"/> is the previous day's cap in KRW as the file gives it (whole
    /// 억, so ± <see cref="PriorMarketCapUncertainty"/>), <paramref name="basePrice"/> the 기준가; 0 = unknown (no bound).
    /// </summary>
    public ImmutableArray<ExclusionDetail> PriorDay(ListingFlags flags, decimal priorMarketCap, decimal basePrice)
    {
        var reasons = UniverseFilter.Flags(flags).ToBuilder();
        if (priorMarketCap > 0)
        {
            var highest = (priorMarketCap + PriorMarketCapUncertainty) * _up;
            var lowest = Math.Max(0m, priorMarketCap - PriorMarketCapUncertainty) * _down;
            if (highest < _minMarketCap)
            {
                reasons.Add(new(ExclusionReason.MarketCapBelowMinimum,
                    $"market cap can reach at most {UniverseFilter.Krw(highest)} at the close (previous day {UniverseFilter.Krw(priorMarketCap)} at the upper price limit), below the minimum {UniverseFilter.Krw(_minMarketCap)}"));
            }
            else if (lowest > _maxMarketCap)
            {
                reasons.Add(new(ExclusionReason.MarketCapAboveMaximum,
                    $"market cap stays at least {UniverseFilter.Krw(lowest)} at the close (previous day {UniverseFilter.Krw(priorMarketCap)} at the lower price limit), above the maximum {UniverseFilter.Krw(_maxMarketCap)}"));
            }
        }

        if (basePrice > 0)
        {
            if (basePrice * _up < _minClose)
            {
                reasons.Add(new(ExclusionReason.CloseBelowMinimum,
                    $"close can reach at most {UniverseFilter.Krw(basePrice * _up)} (기준가 {UniverseFilter.Krw(basePrice)} at the upper price limit), below the minimum {UniverseFilter.Krw(_minClose)}"));
            }
            else if (basePrice * _down > _maxClose)
            {
                reasons.Add(new(ExclusionReason.CloseAboveMaximum,
                    $"close stays at least {UniverseFilter.Krw(basePrice * _down)} (기준가 {UniverseFilter.Krw(basePrice)} at the lower price limit), above the maximum {UniverseFilter.Krw(_maxClose)}"));
            }
        }

        return reasons.ToImmutable();
    }

    /// <summary>
    /// A listing the trading-value ranking returned after the close at or above the minimum trading value: its price there
    /// is the close. The ranking drops it only for its price (inside the range the quote decides the rest, and the screen
    /// reports it from the quote); when the close is outside the range, every reason is kept: the exact market cap
    /// (close × the row's listed shares, when given) if it is out too, then the close. The trading value passes.
    /// </summary>
    public ImmutableArray<ExclusionDetail> Ranked(decimal close, long? listedShares)
    {
        if (_filter.Close(close) is not { } price)
        {
            return [];
        }

        return listedShares is > 0 and var shares && _filter.MarketCap(close * shares) is { } cap ? [cap, price] : [price];
    }

    /// <summary>
    /// A listing absent from a complete trading-value ranking over every price: its day trading value is below the minimum
    /// (its close and market cap are not known, so no other reason is claimed).
    /// </summary>
    public ExclusionDetail Unranked() => new(ExclusionReason.TradingValueBelowMinimum,
        $"day trading value is below the minimum {UniverseFilter.Krw(_minTradingValue)} (not in the trading-value ranking)");
}
