using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// One listing-day of the daily walk. Event days (strong closers, momentum, fades, sell-offs) are drawn with a frequency
/// scaled by the day's regime, so that a screen for strong closers finds a handful most days, almost none on quiet days and
/// twenty or more on hot days. The next day's open carries most of the previous after-hours drift.
/// </summary>
internal static class DailyDraw
{
    /// <summary>Mean-reversion speed of the log price towards the anchor (keeps decades of walk in a realistic range).</summary>
    private const double Reversion = 0.015;

    public static DailyRow Draw(
        ListingModel m, ref SimRng rng, int basePrice, int upper, int lower, float prevAh, float prevCarry, double market, DayRegime regime, out float carry)
    {
        var sigma = m.Volatility;
        var type = DrawType(m, ref rng, market, regime);
        var deviation = Math.Log(basePrice / (double)m.AnchorPrice);

        var gap = (0.75 * prevAh) + (rng.Normal() * 0.3 * sigma) + (0.3 * m.Beta * market);
        var open = Clamp(PriceGrid.Nearest(basePrice * Math.Exp(gap), m.EtfTick), lower, upper);

        var idio = rng.FatNormal() * sigma * 0.9;
        var intra = (m.Beta * market * 0.7) - (Reversion * deviation) + type switch
        {
            DayType.StrongCloser => rng.Uniform(0.035, 0.13) + (idio * 0.2),
            DayType.Momentum => rng.Uniform(0.03, 0.10) + (idio * 0.2),
            DayType.Fade => rng.Normal() * 0.01,
            DayType.Selloff => -rng.Uniform(0.03, 0.10) + (idio * 0.2),
            _ => idio,
        };
        var close = Clamp(PriceGrid.Nearest(open * Math.Exp(intra), m.EtfTick), lower, upper);

        var typeMult = type switch
        {
            DayType.StrongCloser => rng.Uniform(2.2, 6.5),
            DayType.Momentum => rng.Uniform(1.6, 4.5),
            DayType.Fade => rng.Uniform(2.0, 5.0),
            DayType.Selloff => rng.Uniform(1.5, 4.0),
            _ => 1.0,
        };
        var regimeMult = regime switch { DayRegime.Quiet => 0.9, DayRegime.Hot => 1.15, _ => 1.0 };
        var surprise = Math.Abs(idio) / sigma;
        var volume = (long)Math.Max(1, m.BaseVolume * Math.Exp((0.35 * rng.Normal()) + (0.25 * Math.Min(surprise, 4)) + (0.35 * prevCarry)) * typeMult * regimeMult);
        carry = (float)((0.6 * prevCarry) + Math.Log(typeMult));
        var closingPriceVolume = (int)Math.Min(int.MaxValue, volume * rng.Uniform(0.001, 0.008));

        var ah = type switch
        {
            DayType.StrongCloser => rng.Chance(0.55) ? rng.Uniform(0.015, 0.06) : -0.003 + (rng.Normal() * 0.012),
            DayType.Momentum => 0.008 + (rng.Normal() * 0.015),
            DayType.Selloff => -0.008 + (rng.Normal() * 0.015),
            DayType.Fade => -0.004 + (rng.Normal() * 0.01),
            _ => (0.15 * m.Beta * market) + (rng.Normal() * 0.004),
        };
        ah = Math.Clamp(ah, -0.095, 0.095);
        return new DailyRow(basePrice, upper, lower, open, close, volume, closingPriceVolume, (float)ah, type, (float)market, regime);
    }

    private static DayType DrawType(ListingModel m, ref SimRng rng, double market, DayRegime regime)
    {
        var e = m.EventProneness;
        if (e <= 0)
        {
            rng.NextDouble();
            return DayType.Normal;
        }

        var lambda = regime switch { DayRegime.Quiet => 0.08, DayRegime.Hot => 3.5, _ => 1.0 };
        var strong = 0.0045 * e * lambda;
        var momentum = 0.004 * e * Math.Pow(lambda, 0.75) * (1 + (20 * Math.Max(market, 0)));
        var fade = 0.004 * e;
        var selloff = 0.004 * e * (1 + (20 * Math.Max(-market, 0)));
        var u = rng.NextDouble();
        if (u < strong)
        {
            return DayType.StrongCloser;
        }

        u -= strong;
        if (u < momentum)
        {
            return DayType.Momentum;
        }

        u -= momentum;
        if (u < fade)
        {
            return DayType.Fade;
        }

        return u - fade < selloff ? DayType.Selloff : DayType.Normal;
    }

    private static int Clamp(int price, int lower, int upper) => Math.Min(Math.Max(price, lower), upper);
}
