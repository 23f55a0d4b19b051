namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// Derives the key prints of one continuous-session minute from its bar: up to four prints visiting open, the first extreme,
/// the second extreme and the close (O→L→H→C on up minutes, O→H→L→C on down minutes). A print at the high is
/// buy-initiated, at the low sell-initiated; the bar's buy and sell volumes are split over the prints of each side, so the
/// prints of a minute always sum to the bar. Bars are stored only after <see cref="Converge"/> made them a fixed point
/// (aggregating the prints gives back the bar), so re-deriving prints at query time reproduces exactly what was generated.
/// </summary>
internal static class PrintSynth
{
    /// <summary>Most prints a second can have (<see cref="DensePrints"/>): the busiest listings' busiest minutes reach it.</summary>
    public const int MaxPrintsPerSecond = 5;

    /// <summary>Most prints a minute can have (<see cref="MaxPrintsPerSecond"/> every second); print buffers are this long.</summary>
    public const int MaxPrintsPerMinute = 60 * MaxPrintsPerSecond;

    private static readonly int[] Weights = [30, 25, 25, 20];

    /// <summary>Writes the minute's prints (seconds relative to the minute) and returns their count (0–4).</summary>
    /// <param name="o">Bar open (for the first minute the opening auction price).</param>
    /// <param name="h">Bar high.</param>
    /// <param name="l">Bar low.</param>
    /// <param name="c">Bar close.</param>
    /// <param name="buy">Buy-initiated volume.</param>
    /// <param name="sell">Sell-initiated volume.</param>
    /// <param name="prevClose">Previous minute's close (the base price for the first minute).</param>
    /// <param name="timeKey">Random key of the listing-day for print seconds.</param>
    /// <param name="minute">Minute index (0 = the open minute, whose prints start after the auction at second 0).</param>
    /// <param name="output">At least 4 slots.</param>
    public static int Synthesize(int o, int h, int l, int c, int buy, int sell, int prevClose, ulong timeKey, int minute, Span<RawPrint> output)
    {
        if (buy + sell <= 0)
        {
            return 0;
        }

        var up = c >= o;
        Span<int> prices = [o, up ? l : h, up ? h : l, c];
        Span<SimSide> sides =
        [
            o >= prevClose ? SimSide.Buy : SimSide.Sell,
            up ? SimSide.Sell : SimSide.Buy,
            up ? SimSide.Buy : SimSide.Sell,
            up ? (c < h ? SimSide.Sell : SimSide.Buy) : (c > l ? SimSide.Buy : SimSide.Sell),
        ];
        if (buy == 0 || sell == 0)
        {
            sides.Fill(buy == 0 ? SimSide.Sell : SimSide.Buy);
        }

        Span<int> volumes = stackalloc int[4];
        Allocate(sides, SimSide.Buy, buy, volumes);
        Allocate(sides, SimSide.Sell, sell, volumes);

        var baseSecond = minute * 60;
        Span<int> seconds =
        [
            (minute == 0 ? 1 : 0) + (int)(RandomBits(timeKey, minute, 0) % 8),
            10 + (int)(RandomBits(timeKey, minute, 1) % 19),
            30 + (int)(RandomBits(timeKey, minute, 2) % 19),
            50 + (int)(RandomBits(timeKey, minute, 3) % 10),
        ];
        var n = 0;
        for (var i = 0; i < 4; i++)
        {
            if (volumes[i] > 0)
            {
                output[n++] = new RawPrint(baseSecond + seconds[i], prices[i], volumes[i], sides[i]);
            }
        }

        return n;
    }

    /// <summary>
    /// Turns a target bar into a fixed point of <see cref="Synthesize"/> (prints aggregate back to the bar); falls back to
    /// a flat bar at the close when the volume is too small to print every point.
    /// </summary>
    /// <remarks>Parameters as <see cref="Synthesize"/>; <c>auctionPrice</c> is the opening auction price when minute 0 holds the
    /// auction (0 otherwise): it is the bar's open and bounds its range.</remarks>
    public static (int O, int H, int L, int C) Converge(int o, int h, int l, int c, int buy, int sell, int prevClose, ulong timeKey, int minute, int auctionPrice)
    {
        Span<RawPrint> prints = stackalloc RawPrint[4];
        for (var iteration = 0; iteration < 4; iteration++)
        {
            var n = Synthesize(o, h, l, c, buy, sell, prevClose, timeKey, minute, prints);
            var (ao, ah, al, ac) = Aggregate(prints[..n], auctionPrice, o);
            if (ao == o && ah == h && al == l && ac == c)
            {
                return (o, h, l, c);
            }

            (o, h, l, c) = (ao, ah, al, ac);
        }

        var flat = auctionPrice > 0 ? auctionPrice : c;
        return (flat, flat, flat, flat);
    }

    public static (int O, int H, int L, int C) Aggregate(ReadOnlySpan<RawPrint> prints, int auctionPrice, int fallback)
    {
        if (prints.Length == 0)
        {
            var p = auctionPrice > 0 ? auctionPrice : fallback;
            return (p, p, p, p);
        }

        var open = auctionPrice > 0 ? auctionPrice : prints[0].Price;
        int high = open, low = open;
        foreach (var p in prints)
        {
            high = Math.Max(high, p.Price);
            low = Math.Min(low, p.Price);
        }

        return (open, high, low, prints[^1].Price);
    }

    private static void Allocate(ReadOnlySpan<SimSide> sides, SimSide side, int volume, Span<int> volumes)
    {
        if (volume <= 0)
        {
            return;
        }

        int count = 0, weight = 0, first = -1;
        for (var i = 0; i < 4; i++)
        {
            if (sides[i] == side)
            {
                count++;
                weight += Weights[i];
                first = first < 0 ? i : first;
            }
        }

        if (volume < count)
        {
            volumes[first] += volume;
            return;
        }

        // One share per point first, so every point prints when the volume allows; the rest by weight.
        var rest = volume - count;
        var given = 0;
        for (var i = 0; i < 4; i++)
        {
            if (sides[i] == side)
            {
                var share = (int)((long)rest * Weights[i] / weight);
                volumes[i] += 1 + share;
                given += share;
            }
        }

        volumes[first] += rest - given;
    }

    private static ulong RandomBits(ulong key, int minute, int point) =>
        (ulong)(SimRng.Hash01(key, (minute * 4L) + point) * (1UL << 32));
}
