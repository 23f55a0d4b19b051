namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// Spreads a minute's volume over as many prints as the listing's liquidity gives (minute value ÷ the listing's typical
/// trade value, at most <see cref="PrintSynth.MaxPrintsPerMinute"/>), keeping the minute's bar exact. It starts from the
/// four key prints of <see cref="PrintSynth"/> (open, the two extremes, close — each with at least one share) and inserts
/// interior prints between them: prices on the tick grid inside [low, high] along the path between the key points (buys
/// rounded up, sells down: the bid/ask bounce), sides drawn so the minute has exactly its buy and sell volume, sizes from a
/// skewed distribution (every print ≥ 1 share), times strictly increasing — up to <see cref="PrintSynth.MaxPrintsPerSecond"/>
/// prints share a second (one HHMMSS) at distinct milliseconds (<see cref="PrintTimes"/>).
/// So the first print is the open, the last the close, the extremes are printed, and the sums of volume, value and sides
/// are the bar's — by construction.
/// Deterministic: everything comes from the listing-day's time key and the minute.
/// </summary>
internal static class DensePrints
{
    private const ulong Stream = 0xD1B54A32D192ED03UL;

    /// <summary>How many prints a minute gets: its value over the typical trade value, at least the four key prints.</summary>
    public static int Count(int buy, int sell, int o, int c, int tradeValue)
    {
        if (tradeValue <= 0)
        {
            return 4;
        }

        var value = (buy + (double)sell) * (o + (double)c) / 2;
        return (int)Math.Clamp(Math.Round(value / tradeValue), 4, PrintSynth.MaxPrintsPerMinute);
    }

    /// <summary>
    /// Expands the four key prints in <paramref name="output"/>[0..4) to the dense sequence; returns its length (4 when the
    /// minute's volume or value allows no more prints).
    /// </summary>
    public static int Expand(Span<RawPrint> output, int h, int l, int buy, int sell, int tradeValue, bool etfTick, ulong timeKey, int minute)
    {
        Span<RawPrint> keys = stackalloc RawPrint[4];
        output[..4].CopyTo(keys);
        int keyBuys = 0, keySells = 0;
        foreach (var k in keys)
        {
            keyBuys += k.Side == SimSide.Buy ? 1 : 0;
            keySells += k.Side == SimSide.Sell ? 1 : 0;
        }

        var start = minute == 0 ? 1 : 0;
        var slots = (60 - start) * PrintSynth.MaxPrintsPerSecond;
        var extra = Math.Min(Count(buy, sell, keys[0].Price, keys[3].Price, tradeValue), slots) - 4;
        var extraBuys = Math.Min(buy - keyBuys, (int)Math.Round(extra * (buy / (double)(buy + sell))));
        var extraSells = Math.Min(sell - keySells, extra - extraBuys);
        extraBuys = Math.Min(buy - keyBuys, extra - extraSells);
        if (extraBuys + extraSells <= 0)
        {
            return 4;
        }

        var key = timeKey ^ Stream;
        long counter = minute * 4096L;
        var interior = extraBuys + extraSells;
        var split = SimRng.Hash(key, counter++);
        var first = (int)(interior * (0.2 + (0.2 * Unit21(split))));
        var last = (int)((interior - first) * (0.3 + (0.2 * Unit21(split >> 21))));
        Span<int> segment = [first, interior - first - last, last];

        // Pass 1: order, prices and sides; the size weight rides in Volume until pass 2. One 64-bit draw per print: 21 bits
        // for the side, 21 for the price noise, 22 for the size.
        var n = 0;
        int buysLeft = extraBuys, sellsLeft = extraSells;
        long buyWeight = 0, sellWeight = 0;
        var spread = (h - l) * 0.15;
        for (var s = 0; s < 4; s++)
        {
            var w = Weight(SimRng.Hash(key, counter++) >> 42);
            output[n++] = keys[s] with { Volume = w };
            (buyWeight, sellWeight) = keys[s].Side == SimSide.Buy ? (buyWeight + w, sellWeight) : (buyWeight, sellWeight + w);
            if (s == 3)
            {
                break;
            }

            double from = keys[s].Price, to = keys[s + 1].Price;
            for (var j = 0; j < segment[s]; j++)
            {
                var bits = SimRng.Hash(key, counter++);
                var isBuy = Unit21(bits) * (buysLeft + sellsLeft) < buysLeft;
                (buysLeft, sellsLeft) = isBuy ? (buysLeft - 1, sellsLeft) : (buysLeft, sellsLeft - 1);
                var at = from + ((to - from) * (j + 1) / (segment[s] + 1)) + (spread * ((2 * Unit21(bits >> 21)) - 1));
                var price = Math.Clamp(isBuy ? PriceGrid.Up(at, etfTick) : PriceGrid.Down(at, etfTick), l, h);
                w = Weight(bits >> 42);
                output[n++] = new RawPrint(0, price, w, isBuy ? SimSide.Buy : SimSide.Sell);
                (buyWeight, sellWeight) = isBuy ? (buyWeight + w, sellWeight) : (buyWeight, sellWeight + w);
            }
        }

        // Pass 2: sizes (≥ 1 share each, the rest by weight, rounding to the first print of the side); pass 3: times.
        Share(output[..n], SimSide.Buy, buy, buyWeight);
        Share(output[..n], SimSide.Sell, sell, sellWeight);
        PrintTimes.Assign(output[..n], slots, start + (minute * 60), key, counter);
        return n;
    }

    /// <summary>A skewed size weight from 22 random bits (1,000 = typical): mostly small prints, a few several times larger.</summary>
    private static int Weight(ulong bits22)
    {
        var u = bits22 / (double)(1UL << 22);
        return 150 + (int)(1000 * u * u * u * 6);
    }

    /// <summary>A uniform in [0, 1) from the low 21 bits.</summary>
    private static double Unit21(ulong bits) => (bits & 0x1F_FFFF) / (double)(1 << 21);

    private static void Share(Span<RawPrint> prints, SimSide side, int volume, long weight)
    {
        if (volume <= 0)
        {
            return;
        }

        var count = 0;
        var firstAt = -1;
        for (var i = 0; i < prints.Length; i++)
        {
            if (prints[i].Side == side)
            {
                count++;
                firstAt = firstAt < 0 ? i : firstAt;
            }
        }

        var rest = volume - count;
        var given = 0L;
        for (var i = 0; i < prints.Length; i++)
        {
            if (prints[i].Side == side)
            {
                var share = rest * (long)prints[i].Volume / weight;
                given += share;
                prints[i] = prints[i] with { Volume = 1 + (int)share };
            }
        }

        prints[firstAt] = prints[firstAt] with { Volume = prints[firstAt].Volume + (int)(rest - given) };
    }
}
