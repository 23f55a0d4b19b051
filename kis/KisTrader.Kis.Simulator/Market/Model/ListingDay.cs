namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// One listing's generated trading day: converged 1-minute bars of the continuous session in flat arrays (no object per
/// bar), the auctions, the closing-price session and, for scenario days scripted down to the second, the explicit prints.
/// Immutable once generated.
/// </summary>
internal sealed class ListingDay
{
    /// <summary>Stride of <see cref="Bars"/>: open, high, low, close, buy volume, sell volume.</summary>
    public const int Stride = 6;

    public ListingDay(int listing, int day, DailyRow row, int minutes)
    {
        Listing = listing;
        Day = day;
        Row = row;
        Minutes = minutes;
        Bars = new int[minutes * Stride];
        Values = new long[minutes];
        Counts = new int[minutes * 2];
    }

    public int Listing { get; }

    public int Day { get; }

    public DailyRow Row { get; }

    public int Minutes { get; }

    /// <summary>[minute × Stride + field].</summary>
    public int[] Bars { get; }

    /// <summary>Trading value of each minute (Σ price × volume of its prints, the opening auction included in minute 0).</summary>
    public long[] Values { get; }

    /// <summary>Number of prints per minute: [minute × 2] buy-initiated, [minute × 2 + 1] sell-initiated.</summary>
    public int[] Counts { get; }

    /// <summary>Records the side counts of a minute's prints.</summary>
    public void Count(int m, ReadOnlySpan<RawPrint> prints)
    {
        foreach (var p in prints)
        {
            Counts[(m * 2) + (p.Side == SimSide.Buy ? 0 : 1)]++;
        }
    }

    public long OpenAuctionVolume { get; set; }

    public long CloseAuctionVolume { get; set; }

    /// <summary>Random key for print seconds.</summary>
    public ulong TimeKey { get; set; }

    /// <summary>
    /// The listing's typical trade value in won: a minute prints about its value ÷ this many times (see
    /// <see cref="DensePrints"/>); 0 = only the four key prints of each bar (scenario-scripted bars).
    /// </summary>
    public int TradeValue { get; set; }

    /// <summary>ETF/ETN tick grid (5 won) for the prices of interior prints.</summary>
    public bool EtfTick { get; set; }

    /// <summary>Explicit prints (scenario ticks), sorted by second; null when prints are synthesized from the bars.</summary>
    public RawPrint[]? Prints { get; private set; }

    public bool Halted => Row.Type == DayType.Halted;

    public int Open(int m) => Bars[(m * Stride) + 0];

    public int High(int m) => Bars[(m * Stride) + 1];

    public int Low(int m) => Bars[(m * Stride) + 2];

    public int Close(int m) => Bars[(m * Stride) + 3];

    public int Buy(int m) => Bars[(m * Stride) + 4];

    public int Sell(int m) => Bars[(m * Stride) + 5];

    /// <summary>Volume of a minute (buy + sell, plus the opening auction in minute 0).</summary>
    public long Volume(int m) => Buy(m) + (long)Sell(m) + (m == 0 ? OpenAuctionVolume : 0);

    /// <summary>Day high including both auctions.</summary>
    public int DayHigh { get; set; }

    /// <summary>Day low including both auctions.</summary>
    public int DayLow { get; set; }

    /// <summary>Regular-session trading value (continuous + both auctions).</summary>
    public long RegularValue { get; set; }

    /// <summary>Start offsets into <see cref="Prints"/> per minute (Minutes + 1 entries) when prints are explicit.</summary>
    public int[]? PrintStarts { get; private set; }

    /// <summary>Sets explicit continuous-session prints (sorted by second, no auction prints).</summary>
    public void SetPrints(RawPrint[] prints)
    {
        Prints = prints;
        var starts = new int[Minutes + 1];
        var i = 0;
        for (var m = 0; m <= Minutes; m++)
        {
            while (i < prints.Length && prints[i].Second / 60 < m)
            {
                i++;
            }

            starts[m] = i;
        }

        starts[Minutes] = prints.Length;
        PrintStarts = starts;
    }

    /// <summary>
    /// The prints of minute <paramref name="m"/> (seconds since the open), using <paramref name="buffer"/> (at least
    /// <see cref="PrintSynth.MaxPrintsPerMinute"/> slots) when synthesized. Nothing is stored: the same prints are derived
    /// again on every call.
    /// </summary>
    public ReadOnlySpan<RawPrint> PrintsOf(int m, Span<RawPrint> buffer)
    {
        if (Prints is { } explicitPrints)
        {
            return explicitPrints.AsSpan(PrintStarts![m], PrintStarts[m + 1] - PrintStarts[m]);
        }

        var prev = m == 0 ? Row.BasePrice : Close(m - 1);
        if (buffer.Length < PrintSynth.MaxPrintsPerMinute)
        {
            throw new ArgumentException($"A print buffer needs {PrintSynth.MaxPrintsPerMinute} slots.", nameof(buffer));
        }

        var n = PrintSynth.Synthesize(Open(m), High(m), Low(m), Close(m), Buy(m), Sell(m), prev, TimeKey, m, buffer);
        return n == 4 && TradeValue > 0
            ? buffer[..DensePrints.Expand(buffer, High(m), Low(m), Buy(m), Sell(m), TradeValue, EtfTick, TimeKey, m)]
            : buffer[..n];
    }
}
