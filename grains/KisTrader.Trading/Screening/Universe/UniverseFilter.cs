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
        foreach (var (flag, reason, text) in FlagReasons)
        {
            if ((input.Flags & flag) != 0)
            {
                reasons.Add(new(reason, text));
            }
        }

        if (input.MarketCap < _minMarketCap)
        {
            reasons.Add(new(ExclusionReason.MarketCapBelowMinimum, $"market cap {Krw(input.MarketCap)} is below the minimum {Krw(_minMarketCap)}"));
        }
        else if (input.MarketCap > _maxMarketCap)
        {
            reasons.Add(new(ExclusionReason.MarketCapAboveMaximum, $"market cap {Krw(input.MarketCap)} is above the maximum {Krw(_maxMarketCap)}"));
        }

        if (input.Close < _minClose)
        {
            reasons.Add(new(ExclusionReason.CloseBelowMinimum, $"close {Krw(input.Close)} is below the minimum {Krw(_minClose)}"));
        }
        else if (input.Close > _maxClose)
        {
            reasons.Add(new(ExclusionReason.CloseAboveMaximum, $"close {Krw(input.Close)} is above the maximum {Krw(_maxClose)}"));
        }

        if (input.DayTradingValue < _minTradingValue)
        {
            reasons.Add(new(ExclusionReason.TradingValueBelowMinimum,
                $"day trading value {Krw(input.DayTradingValue)} is below the minimum {Krw(_minTradingValue)}"));
        }

        return reasons.ToImmutable();
    }

    private static string Krw(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture) + " KRW";
}
