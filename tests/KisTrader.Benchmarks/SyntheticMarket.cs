using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Benchmarks;

/// <summary>The kind of day the synthetic market has: how many symbols sit near each level of the ladder.</summary>
internal enum MarketMood
{
    /// <summary>Almost nothing passes the base conditions: the screen relaxes through relax 1, 2 and 3.</summary>
    Quiet,

    /// <summary>A handful pass the base conditions: no adjustment.</summary>
    Normal,

    /// <summary>Many strong symbols: the screen tightens through tighten 1 and 2 and keeps the top 19.</summary>
    Hot,
}

/// <summary>
/// A deterministic synthetic KRX close for the screening benchmark (independent of the simulator): listings with
/// listing flags, market caps, prices and trading values spread so that about half fail the base filters, and for the
/// others a full day of 1-minute bars (09:00–15:19 plus the 15:30 closing auction), 25 days of volume history and
/// buy/sell-initiated volumes built to hit drawn feature values. Background features rarely pass even relax 3; the
/// mood plants symbols at chosen ladder levels so the adjustment takes a known path.
/// </summary>
internal static class SyntheticMarket
{
    private const int EarlyBars = 300; // 09:00 … 13:59
    private const int LateBars = 80;   // 14:00 … 15:19 (15:20–15:30 is the closing auction: one bar at 15:30)

    public static List<SymbolDayInput> Generate(int count, MarketMood mood, int seed)
    {
        var random = new Random(seed);
        var planted = Planted(mood);
        var inputs = new List<SymbolDayInput>(count);
        for (var i = 0; i < count; i++)
        {
            var code = (100_000 + (i * 7)).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
            if (i < planted.Count)
            {
                // Planted symbols pass the base filters; their features sit just above their level's thresholds.
                inputs.Add(Build(random, code, planted[i], ListingFlags.None, 2_000_000_000_000m, 30_000_000_000m + (i * 100_000_000m), exactHistory: true));
                continue;
            }

            inputs.Add(Build(random, code, Background(random, mood), Flags(random), LogUniform(random, 20_000_000_000m, 30_000_000_000_000m),
                LogUniform(random, 500_000_000m, 500_000_000_000m)));
        }

        // A real universe is in code order, not planted-first.
        inputs.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return inputs;
    }

    /// <summary>The levels planted per mood (each entry: six values just inside that level).</summary>
    private static List<ConditionVector> Planted(MarketMood mood)
    {
        var options = new ConditionsOptions();
        ConditionVector At(ScreeningLevel level, int k) =>
            ConditionVector.From(id => options[id].ThresholdAt(level) + ((1 + (k % 5)) * Epsilon(id)));
        var (t2, t1, b, r2, r3) = mood switch
        {
            MarketMood.Quiet => (0, 0, 1, 1, 3),
            MarketMood.Normal => (1, 2, 4, 2, 4),
            _ => (26, 12, 15, 3, 3),
        };
        return
        [
            .. Enumerable.Range(0, t2).Select(k => At(ScreeningLevel.Tighten2, k)),
            .. Enumerable.Range(0, t1).Select(k => At(ScreeningLevel.Tighten1, k)),
            .. Enumerable.Range(0, b).Select(k => At(ScreeningLevel.Base, k)),
            .. Enumerable.Range(0, r2).Select(k => At(ScreeningLevel.Relax2, k)),
            .. Enumerable.Range(0, r3).Select(k => At(ScreeningLevel.Relax3, k)),
        ];
    }

    private static decimal Epsilon(ConditionId id) => id switch
    {
        ConditionId.VolumeMultiple => 0.05m,
        ConditionId.ExecutionStrength => 1m,
        ConditionId.CloseToVwap => 0.001m,
        _ => 0.0005m,
    };

    /// <summary>Feature draws for the rest of the market: each condition alone passes base 5–60% of the time.</summary>
    private static ConditionVector Background(Random random, MarketMood mood)
    {
        // The quiet day is a little weaker so that relax 1 and 2 stay below three passers.
        var heat = mood == MarketMood.Quiet ? -0.004m : 0m;
        return new ConditionVector(
            Math.Round((decimal)Math.Exp(Normal(random) * 0.45), 4),
            Math.Round(heat + ((decimal)Normal(random) * 0.008m), 6),
            Math.Round(0.05m + ((decimal)random.NextDouble() * 0.25m), 4),
            Math.Round(100m + ((decimal)Normal(random) * 12m), 2),
            Math.Round(heat + ((decimal)Normal(random) * 0.012m), 6),
            Math.Round(0.995m + heat + ((decimal)Normal(random) * 0.01m), 5));
    }

    private static ListingFlags Flags(Random random) => random.Next(100) switch
    {
        < 3 => ListingFlags.Spac,
        < 5 => ListingFlags.Reit,
        < 9 => ListingFlags.Preferred,
        < 11 => ListingFlags.Etf,
        12 => ListingFlags.Halted,
        13 => ListingFlags.AdministrativeDesignation,
        _ => ListingFlags.None,
    };

    private static SymbolDayInput Build(Random random, string code, ConditionVector v, ListingFlags flags, decimal marketCap, decimal tradingValue, bool exactHistory = false)
    {
        var close = decimal.Round(LogUniform(random, 800m, 600_000m));
        var dayReturn = (decimal)(0.01 + (Normal(random) * 0.03));
        var previousClose = Math.Max(1m, decimal.Round(close / (1 + dayReturn)));
        var vwap = decimal.Round(close / v.CloseToVwap, 2);
        var dayVolume = Math.Max(1_000L, (long)(tradingValue / vwap));
        var p14 = Math.Max(1m, decimal.Round(close / (1 + v.LateSessionReturn)));
        var late = Math.Clamp((long)(v.LateVolumeShare * dayVolume), 0, dayVolume - 1);
        var mean = dayVolume / Math.Max(v.VolumeMultiple, 0.01m);
        var history = new long[25];
        for (var d = 0; d < history.Length; d++)
        {
            history[d] = exactHistory ? (long)mean : (long)(mean * (0.7m + (0.6m * (decimal)random.NextDouble())));
        }

        var sell = dayVolume * 100 / (long)Math.Max(1m, 100m + v.ExecutionStrength);
        var buy = (long)(sell * v.ExecutionStrength / 100m);
        return new SymbolDayInput
        {
            Code = code,
            Name = "합성" + code,
            Market = random.Next(3) == 0 ? Trading.Market.Market.Kospi : Trading.Market.Market.Kosdaq,
            Flags = flags,
            MarketCap = decimal.Round(marketCap),
            PreviousClose = previousClose,
            Close = close,
            DayVolume = dayVolume,
            DayTradingValue = decimal.Round(tradingValue),
            IndexDayReturn = ((close - previousClose) / previousClose) - v.RelativeReturn,
            PreviousVolumes = history,
            MinuteBars = Bars(random, previousClose, p14, close, dayVolume - late, late),
            BuyInitiatedVolume = buy,
            SellInitiatedVolume = sell,
            Vwap = vwap,
        };
    }

    /// <summary>A price walk from the previous close to P14 at 13:59 and on to the close, volumes split at random.</summary>
    private static MinuteBar[] Bars(Random random, decimal open, decimal p14, decimal close, long early, long late)
    {
        var bars = new MinuteBar[EarlyBars + LateBars + 1];
        var auction = late / 5;
        Fill(random, bars, 0, EarlyBars, new TimeOnly(9, 0), open, p14, early);
        Fill(random, bars, EarlyBars, LateBars, new TimeOnly(14, 0), p14, close, late - auction);
        bars[^1] = new MinuteBar(new TimeOnly(15, 30), close, close, close, close, auction);
        return bars;
    }

    private static void Fill(Random random, MinuteBar[] bars, int start, int n, TimeOnly first, decimal from, decimal to, long volume)
    {
        var left = volume;
        for (var k = 0; k < n; k++)
        {
            // The last bar of the stretch closes exactly at the target and always trades (P14 at 13:59).
            var last = k == n - 1;
            var price = last ? to : decimal.Round(from + ((to - from) * (k + 1) / n * (0.98m + (0.04m * (decimal)random.NextDouble()))));
            // Every bar but the last leaves at least one share for the last one.
            var share = last ? left : Math.Clamp((long)(volume / (decimal)n * (decimal)(0.5 + random.NextDouble())), 0, Math.Max(0, left - 1));
            left -= share;
            var high = Math.Max(price, from);
            var low = Math.Max(1m, Math.Min(price, from));
            bars[start + k] = new MinuteBar(first.AddMinutes(k), price, high, low, Math.Max(1m, price), share);
        }
    }

    private static decimal LogUniform(Random random, decimal min, decimal max) =>
        (decimal)Math.Exp(Math.Log((double)min) + (random.NextDouble() * (Math.Log((double)max) - Math.Log((double)min))));

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
