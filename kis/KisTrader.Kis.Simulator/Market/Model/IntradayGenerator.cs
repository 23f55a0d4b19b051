using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// Generates one listing's continuous session from its daily row: a log-price Brownian bridge from the open to the last
/// pre-auction price (with knots that shape strong closers and fades, plus the market's intraday factor), a U-shaped
/// volume profile split into buy- and sell-initiated volume that leans with each minute's move, and the opening/closing
/// auction volumes. Each minute is converged with <see cref="PrintSynth"/>, so bars, prints, VWAP and 체결강도 agree.
/// The result depends only on (seed, listing key, date, daily row): a listing can be generated alone.
/// </summary>
internal static class IntradayGenerator
{
    /// <summary>Market intraday factor: a bridge from 0 to 0 over the session (so it never moves the open or close).</summary>
    public static double[] MarketPath(int seed, DateOnly date, SimMarketId market, int minutes)
    {
        var rng = SimRng.For(seed, RngStream.IntradayMarket, date.DayNumber, (long)market);
        var path = new double[minutes + 1];
        var step = 0.0045 / Math.Sqrt(minutes);
        for (var m = 1; m <= minutes; m++)
        {
            path[m] = path[m - 1] + (rng.Normal() * step);
        }

        var end = path[minutes];
        for (var m = 0; m <= minutes; m++)
        {
            path[m] -= end * m / minutes;
        }

        return path;
    }

    public static ListingDay Generate(int seed, ListingModel m, int day, DateOnly date, SimSession session, DailyRow row, ReadOnlySpan<double> marketPath, int? pinnedHigh, int? pinnedLow)
    {
        var minutes = session.ContinuousMinutes;
        var result = new ListingDay(m.Index, day, row, minutes)
        {
            TimeKey = SimRng.Key(seed, RngStream.Prints, m.Key, date.DayNumber),
            TradeValue = TradeValueOf(row),
            EtfTick = m.EtfTick,
        };
        if (row.Type == DayType.Halted || row.Volume <= 0)
        {
            FillFlat(result, row.BasePrice);
            return result;
        }

        var rng = SimRng.For(seed, RngStream.Intraday, m.Key, date.DayNumber);
        var etf = m.EtfTick;
        var m14 = Math.Clamp((int)(new TimeOnly(14, 0) - session.Open).TotalMinutes, 1, minutes - 1);
        if (session.Open >= new TimeOnly(14, 0) || session.ClosingAuctionStart <= new TimeOnly(14, 0))
        {
            m14 = (int)(minutes * 0.78);
        }

        // ---- volumes -------------------------------------------------------------------------------------------
        var strong = row.Type == DayType.StrongCloser;
        var openVol = (long)Math.Round(row.Volume * rng.Uniform(0.01, 0.03));
        var closeVol = (long)Math.Round(row.Volume * (strong ? rng.Uniform(0.05, 0.12) : rng.Uniform(0.03, 0.08)));
        var cont = Math.Max(0, row.Volume - openVol - closeVol);
        closeVol = row.Volume - openVol - cont;
        var lateBoost = strong ? rng.Uniform(1.8, 3.5) : 1.0;
        var fadePeak = rng.Next(30, Math.Max(31, Math.Min(150, minutes - 30)));

        Span<double> weights = stackalloc double[minutes];
        var total = 0.0;
        var argMax = 0;
        for (var i = 0; i < minutes; i++)
        {
            var w = Profile(i, minutes) * rng.Uniform(0.55, 1.45) * Math.Exp(0.45 * rng.Normal());
            if (strong && i >= m14)
            {
                w *= lateBoost;
            }
            else if (row.Type == DayType.Fade && i < fadePeak + 30)
            {
                w *= 1.8;
            }

            weights[i] = w;
            total += w;
            argMax = w > weights[argMax] ? i : argMax;
        }

        Span<long> volumes = stackalloc long[minutes];
        var allotted = 0L;
        for (var i = 0; i < minutes; i++)
        {
            volumes[i] = (long)(cont * weights[i] / total);
            allotted += volumes[i];
        }

        volumes[argMax] += cont - allotted;

        // ---- price path ----------------------------------------------------------------------------------------
        var upper = row.Upper;
        var lower = row.Lower;
        var lastTarget = Math.Clamp(PriceGrid.Nearest(row.Close * Math.Exp(rng.Normal() * 0.0015), etf), lower, upper);
        var x0 = Math.Log(row.Open);
        var xEnd = Math.Log(lastTarget);
        Span<double> x = stackalloc double[minutes + 1];
        var step = m.Volatility * 0.6 / Math.Sqrt(minutes);
        var sumSteps = 0.0;
        for (var i = 1; i <= minutes; i++)
        {
            sumSteps += rng.Normal() * step * Math.Sqrt(Profile(i - 1, minutes) / 1.6);
            x[i] = sumSteps;
        }

        // Knots: (minute, log price). The bridge pins every knot exactly.
        Span<int> knotAt = stackalloc int[3];
        Span<double> knotX = stackalloc double[3];
        var knots = 0;
        knotAt[knots] = 0;
        knotX[knots++] = x0;
        if (strong)
        {
            knotAt[knots] = m14;
            knotX[knots++] = x0 + (rng.Uniform(-0.15, 0.3) * (xEnd - x0));
        }
        else if (row.Type == DayType.Fade)
        {
            knotAt[knots] = fadePeak;
            knotX[knots++] = Math.Min(x0 + rng.Uniform(0.03, 0.09), Math.Log(upper));
        }

        knotAt[knots] = minutes;
        knotX[knots++] = xEnd;
        Bridge(x, knotAt[..knots], knotX[..knots]);

        // ---- bars ----------------------------------------------------------------------------------------------
        var bias = DayBias(row, m, ref rng);
        var lateBias = strong ? rng.Uniform(0.6, 0.72) : row.Type == DayType.Fade ? 0.42 : bias;
        var earlyBias = row.Type == DayType.Fade ? 0.62 : bias;
        var biasSwitch = row.Type == DayType.Fade ? fadePeak : m14;

        Span<RawPrint> buffer = stackalloc RawPrint[PrintSynth.MaxPrintsPerMinute];
        var prevClose = row.BasePrice;
        var lastPrice = row.Open;
        int dayHigh = row.Open, dayLow = row.Open;
        long value = 0;
        for (var i = 0; i < minutes; i++)
        {
            var vol = volumes[i];
            var xi = x[i + 1] + (m.Beta * marketPath[i + 1]);
            var target = Math.Clamp(PriceGrid.Nearest(Math.Exp(xi), etf), lower, upper);
            if (i == minutes - 1)
            {
                target = lastTarget;
            }

            var o = i == 0 ? row.Open : lastPrice;
            int buy, sell, bo, bh, bl, bc;
            if (vol <= 0)
            {
                buy = sell = 0;
                bo = bh = bl = bc = o;
            }
            else
            {
                var move = (x[i + 1] - x[i]) / step;
                var share = Math.Clamp((i < biasSwitch ? earlyBias : lateBias) + (0.25 * Math.Tanh(move)) + (0.07 * rng.Normal()), 0.03, 0.97);
                buy = (int)Math.Round(vol * share);
                sell = (int)(vol - buy);
                var excursion = Math.Abs(rng.Normal()) * step * o * 0.7;
                var hi = Math.Min(PriceGrid.Up(Math.Max(o, target) + excursion, etf), upper);
                var lo = Math.Max(PriceGrid.Down(Math.Min(o, target) - (Math.Abs(rng.Normal()) * step * o * 0.7), etf), lower);
                if (pinnedHigh is { } ph)
                {
                    hi = Math.Min(hi, ph);
                    target = Math.Min(target, ph);
                }

                if (pinnedLow is { } pl)
                {
                    lo = Math.Max(lo, pl);
                    target = Math.Max(target, pl);
                }

                hi = Math.Max(hi, Math.Max(o, target));
                lo = Math.Min(lo, Math.Min(o, target));
                (bo, bh, bl, bc) = PrintSynth.Converge(o, hi, lo, target, buy, sell, prevClose, result.TimeKey, i, i == 0 ? row.Open : 0);
            }

            var at = i * ListingDay.Stride;
            result.Bars[at] = bo;
            result.Bars[at + 1] = bh;
            result.Bars[at + 2] = bl;
            result.Bars[at + 3] = bc;
            result.Bars[at + 4] = buy;
            result.Bars[at + 5] = sell;
            var minuteValue = i == 0 ? openVol * row.Open : 0;
            var prints = result.PrintsOf(i, buffer);
            foreach (var p in prints)
            {
                minuteValue += (long)p.Price * p.Volume;
            }

            result.Count(i, prints);

            result.Values[i] = minuteValue;
            value += minuteValue;
            dayHigh = Math.Max(dayHigh, bh);
            dayLow = Math.Min(dayLow, bl);
            prevClose = bc;
            lastPrice = bc;
        }

        result.OpenAuctionVolume = openVol;
        result.CloseAuctionVolume = closeVol;
        result.DayHigh = Math.Max(dayHigh, row.Close);
        result.DayLow = Math.Min(dayLow, row.Close);
        result.RegularValue = value + (closeVol * row.Close);
        return result;
    }

    /// <summary>
    /// The listing-day's typical trade value (won): about 1.5 million for a listing trading 10 billion won a day, growing
    /// with the fourth root of the day's value (bigger names trade bigger tickets), between 400 thousand and 8 million.
    /// A large cap thus prints several times a second at its busiest minutes (capped at
    /// <see cref="PrintSynth.MaxPrintsPerSecond"/> a second), an illiquid listing a few times a minute.
    /// </summary>
    public static int TradeValueOf(DailyRow row)
    {
        var dayValue = Math.Max(1.0, row.Volume * (double)row.Close);
        return (int)Math.Clamp(1.5e6 * Math.Pow(dayValue / 1e10, 0.25), 4e5, 8e6);
    }

    /// <summary>Fills a day without trades (halt): flat bars at the base price, zero volume.</summary>
    public static void FillFlat(ListingDay day, int price)
    {
        for (var i = 0; i < day.Minutes; i++)
        {
            var at = i * ListingDay.Stride;
            day.Bars[at] = day.Bars[at + 1] = day.Bars[at + 2] = day.Bars[at + 3] = price;
        }

        day.DayHigh = day.DayLow = price;
    }

    /// <summary>U-shaped intraday activity: heavy at the open, quiet at lunch, rising into the close (mean ≈ 1.6).</summary>
    public static double Profile(int minute, int minutes) =>
        1 + (2.2 * Math.Exp(-minute / 18.0)) + (1.2 * Math.Exp(-(minutes - 1 - minute) / 25.0));

    private static double DayBias(DailyRow row, ListingModel m, ref SimRng rng) => row.Type switch
    {
        DayType.Momentum => rng.Uniform(0.55, 0.62),
        DayType.Selloff => rng.Uniform(0.36, 0.44),
        _ => 0.5 + (0.06 * Math.Tanh(Math.Log(row.Close / (double)row.Open) / m.Volatility)) + (0.02 * rng.Normal()),
    };

    /// <summary>Turns cumulative noise into a bridge through the knots (the noise is pinned to zero at every knot).</summary>
    private static void Bridge(Span<double> x, ReadOnlySpan<int> knotAt, ReadOnlySpan<double> knotX)
    {
        Span<double> noise = stackalloc double[x.Length];
        x.CopyTo(noise);
        for (var k = 0; k + 1 < knotAt.Length; k++)
        {
            int a = knotAt[k], b = knotAt[k + 1];
            if (b <= a)
            {
                continue;
            }

            for (var i = a; i <= b; i++)
            {
                var f = (i - a) / (double)(b - a);
                x[i] = knotX[k] + (f * (knotX[k + 1] - knotX[k])) + (noise[i] - noise[a]) - (f * (noise[b] - noise[a]));
            }
        }
    }
}
