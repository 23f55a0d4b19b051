using System.Collections.Immutable;
using System.Globalization;
using KisTrader.Trading.Options;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Trading.Screening.Universe;

/// <summary>
/// The base filters of strategy.md §1: listing kind, trading status, market cap, close and trading value. They are
/// never relaxed. Reports every reason that applies, in <see cref="ExclusionReason"/> order.
/// </summary>
public sealed class UniverseFilter
{
    private static readonly (ListingFlags Flag, ExclusionReason Reason, string Text)[] FlagReasons =
    [
        (ListingFlags.Spac, ExclusionReason.Spac, "SPAC (스팩)"),
        (ListingFlags.Reit, ExclusionReason.Reit, "REIT (리츠)"),
        (ListingFlags.Preferred, ExclusionReason.Preferred, "preferred share (우선주)"),
        (ListingFlags.Etf, ExclusionReason.Etf, "ETF"),
        (ListingFlags.Etn, ExclusionReason.Etn, "ETN"),
        (ListingFlags.Elw, ExclusionReason.Elw, "ELW"),
        (ListingFlags.Halted, ExclusionReason.Halted, "trading halted (거래정지)"),
        (ListingFlags.AdministrativeDesignation, ExclusionReason.AdministrativeDesignation, "under administrative designation (관리종목)"),
    ];

    private readonly decimal _minMarketCap;
    private readonly decimal _maxMarketCap;
    private readonly decimal _minClose;
    private readonly decimal _maxClose;
    private readonly decimal _minTradingValue;

    public UniverseFilter(UniverseOptions options)
    {
        OptionsValidation.ThrowIfInvalid(options, ScreeningOptions.Section + ":Universe");
        _minMarketCap = options.MinMarketCap;
        _maxMarketCap = options.MaxMarketCap;
        _minClose = options.MinClose;
        _maxClose = options.MaxClose;
        _minTradingValue = options.MinDayTradingValue;
    }

    /// <summary>Every reason the symbol is excluded; empty when it stays in the universe.</summary>
    public ImmutableArray<ExclusionDetail> Check(SymbolDayInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Flags == ListingFlags.None
            && input.MarketCap >= _minMarketCap && input.MarketCap <= _maxMarketCap
            && input.Close >= _minClose && input.Close <= _maxClose
            && input.DayTradingValue >= _minTradingValue)
        {
            return [];
        }

        var reasons = ImmutableArray.CreateBuilder<ExclusionDetail>();
        AddFlags(reasons, input.Flags);
        AddIfAny(reasons, MarketCap(input.MarketCap));
        AddIfAny(reasons, Close(input.Close));
        AddIfAny(reasons, TradingValue(input.DayTradingValue));
        return reasons.ToImmutable();
    }

    /// <summary>The listing-kind and trading-status reasons of <paramref name="flags"/>, in <see cref="ExclusionReason"/> order.</summary>
    public static ImmutableArray<ExclusionDetail> Flags(ListingFlags flags)
    {
        var reasons = ImmutableArray.CreateBuilder<ExclusionDetail>();
        AddFlags(reasons, flags);
        return reasons.ToImmutable();
    }

    /// <summary>
    /// The market-cap reason of an exact market cap at the close (close × listed shares; 0 = unknown), or null when inside.
    /// </summary>
    public ExclusionDetail? MarketCap(decimal marketCap) =>
        marketCap <= 0 && _minMarketCap > 0 ? new(ExclusionReason.MarketCapBelowMinimum, $"market cap unknown (no listed shares): it cannot be shown to reach the minimum {Krw(_minMarketCap)}")
        : marketCap < _minMarketCap ? new(ExclusionReason.MarketCapBelowMinimum, $"market cap {Krw(marketCap)} is below the minimum {Krw(_minMarketCap)}")
        : marketCap > _maxMarketCap ? new(ExclusionReason.MarketCapAboveMaximum, $"market cap {Krw(marketCap)} is above the maximum {Krw(_maxMarketCap)}")
        : null;

    /// <summary>The close reason, or null when the close is inside the price range.</summary>
    public ExclusionDetail? Close(decimal close) =>
        close < _minClose ? new(ExclusionReason.CloseBelowMinimum, $"close {Krw(close)} is below the minimum {Krw(_minClose)}")
        : close > _maxClose ? new(ExclusionReason.CloseAboveMaximum, $"close {Krw(close)} is above the maximum {Krw(_maxClose)}")
        : null;

    /// <summary>The trading-value reason, or null when the day trading value reaches the minimum.</summary>
    public ExclusionDetail? TradingValue(decimal dayTradingValue) => dayTradingValue < _minTradingValue
        ? new(ExclusionReason.TradingValueBelowMinimum, $"day trading value {Krw(dayTradingValue)} is below the minimum {Krw(_minTradingValue)}")
        : null;

    internal static string Krw(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture) + " KRW";

    private static void AddFlags(ImmutableArray<ExclusionDetail>.Builder reasons, ListingFlags flags)
    {
        foreach (var (flag, reason, text) in FlagReasons)
        {
            if ((flags & flag) != 0)
            {
                reasons.Add(new(reason, text));
            }
        }
    }

    private static void AddIfAny(ImmutableArray<ExclusionDetail>.Builder reasons, ExclusionDetail? detail)
    {
        if (detail is not null)
        {
            reasons.Add(detail);
        }
    }
}
