using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>
/// Builders for screening tests. <see cref="Stock"/> turns six target feature values into raw day inputs whose features
/// come out exactly equal to the targets (all decimal arithmetic below terminates):
/// C1 = day volume ÷ (20 × 1,000,000); P14 = C6 × 100,000, VWAP = (1 + C2) × 100,000, close = (1 + C2) × C6 × 100,000
/// so that C2 = (close − P14) ÷ P14 and C6 = close ÷ VWAP exactly; C3 = late bars ÷ day volume; C4 = buy × 100 ÷
/// 1,000,000 sold; C5 = (close − 100,000) ÷ 100,000 − index return.
/// </summary>
internal static class ScreeningTestData
{
    /// <summary>The spec table of strategy.md §4, written out by hand (C1 … C6, in the options' units).</summary>
    public static readonly ConditionVector Tighten2 = new(3.0m, 0.020m, 0.20m, 130m, 0.030m, 1.040m);
    public static readonly ConditionVector Tighten1 = new(2.5m, 0.015m, 0.18m, 120m, 0.020m, 1.030m);
    public static readonly ConditionVector Base = new(2.0m, 0.010m, 0.15m, 110m, 0.015m, 1.020m);
    public static readonly ConditionVector Relax1 = new(1.7m, 0.007m, 0.12m, 105m, 0.010m, 1.010m);
    public static readonly ConditionVector Relax2 = new(1.5m, 0.005m, 0.10m, 100m, 0.005m, 1.005m);
    public static readonly ConditionVector Relax3 = new(1.3m, 0.003m, 0.08m, 95m, 0.000m, 1.000m);

    /// <summary>Values passing relax 3 by nothing (every condition fails every level).</summary>
    public static readonly ConditionVector Hopeless = new(1.0m, 0.0m, 0.05m, 90m, -0.01m, 0.99m);

    public const decimal DefaultTradingValue = 50_000_000_000m;
    public const decimal DefaultMarketCap = 1_000_000_000_000m;
    public const decimal PreviousClose = 100_000m;
    public const long HistoryVolume = 1_000_000;
    public const long SoldVolume = 1_000_000;

    public static ConditionVector Table(ScreeningLevel level) => level switch
    {
        ScreeningLevel.Tighten2 => Tighten2,
        ScreeningLevel.Tighten1 => Tighten1,
        ScreeningLevel.Base => Base,
        ScreeningLevel.Relax1 => Relax1,
        ScreeningLevel.Relax2 => Relax2,
        ScreeningLevel.Relax3 => Relax3,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static Screener Screener(Action<ScreeningOptions>? configure = null)
    {
        var options = new ScreeningOptions();
        configure?.Invoke(options);
        return new Screener(options);
    }

    public static SymbolDayInput Stock(
        string code,
        ConditionVector v,
        decimal tradingValue = DefaultTradingValue,
        Market.Market market = Market.Market.Kospi,
        ListingFlags flags = ListingFlags.None,
        decimal marketCap = DefaultMarketCap)
    {
        var dayVolume = Whole(v.VolumeMultiple * HistoryVolume, "C1 × 1,000,000");
        var late = Whole(v.LateVolumeShare * dayVolume, "C3 × day volume");
        var p14 = v.CloseToVwap * 100_000m;
        var vwap = (1 + v.LateSessionReturn) * 100_000m;
        var close = (1 + v.LateSessionReturn) * v.CloseToVwap * 100_000m;
        MinuteBar[] bars =
        [
            new(new TimeOnly(13, 59), p14, p14, p14, p14, dayVolume - late),
            new(new TimeOnly(14, 0), close, close, close, close, late / 2),
            new(new TimeOnly(15, 30), close, close, close, close, late - (late / 2)),
        ];
        return new SymbolDayInput
        {
            Code = code,
            Name = "종목" + code,
            Market = market,
            Flags = flags,
            MarketCap = marketCap,
            PreviousClose = PreviousClose,
            Close = close,
            DayVolume = dayVolume,
            DayTradingValue = tradingValue,
            IndexDayReturn = ((close - PreviousClose) / PreviousClose) - v.RelativeReturn,
            PreviousVolumes = [.. Enumerable.Repeat(HistoryVolume, 20)],
            MinuteBars = bars,
            BuyInitiatedVolume = Whole(v.ExecutionStrength * SoldVolume / 100m, "C4 × 10,000"),
            SellInitiatedVolume = SoldVolume,
            Vwap = vwap,
        };
    }

    /// <summary><paramref name="count"/> stocks at <paramref name="values"/>, codes prefix + 00001 …, trading value falling with the index.</summary>
    public static IEnumerable<SymbolDayInput> Batch(char prefix, int count, ConditionVector values, decimal topTradingValue = 90_000_000_000m) =>
        Enumerable.Range(1, count).Select(i => Stock($"{prefix}{i:00000}", values, topTradingValue - (i * 1_000_000_000m)));

    /// <summary>A request over the inputs with plenty of cash.</summary>
    public static ScreeningRequest Request(IEnumerable<SymbolDayInput> inputs, decimal cash = 100_000_000m) => new([.. inputs], cash);

    private static long Whole(decimal value, string what)
    {
        if (decimal.Truncate(value) != value)
        {
            throw new ArgumentException($"{what} = {value} is not a whole number of shares; pick another test value.");
        }

        return (long)value;
    }
}
