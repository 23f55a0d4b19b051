namespace KisTrader.Trading.Screening.Features;

/// <summary>One pass over the minute bars collecting what C2, C3 and C4 need.</summary>
internal readonly struct BarScan
{
    private BarScan(TimeOnly cutoff, FeatureValue? problem, decimal? lastPriceBefore, long earlyVolume, bool hasBuySell, long buyVolume, long sellVolume)
    {
        Cutoff = cutoff;
        Problem = problem;
        LastPriceBefore = lastPriceBefore;
        EarlyVolume = earlyVolume;
        HasBuySell = hasBuySell;
        BuyVolume = buyVolume;
        SellVolume = sellVolume;
    }

    public TimeOnly Cutoff { get; }

    /// <summary>Set when the bars are missing, empty or invalid: C2 and C3 are this value.</summary>
    public FeatureValue? Problem { get; }

    /// <summary>P14: the close of the latest bar with trades that ends at or before the cutoff.</summary>
    public decimal? LastPriceBefore { get; }

    /// <summary>Volume of the bars that end at or before the cutoff.</summary>
    public long EarlyVolume { get; }

    /// <summary>True when there is at least one bar and every bar carries buy and sell volumes.</summary>
    public bool HasBuySell { get; }

    public long BuyVolume { get; }

    public long SellVolume { get; }

    public static BarScan Of(IReadOnlyList<MinuteBar>? bars, TimeOnly cutoff)
    {
        if (bars is null)
        {
            return new(cutoff, FeatureValue.Missing("minute bars"), null, 0, false, 0, 0);
        }

        if (bars.Count == 0)
        {
            return new(cutoff, FeatureValue.NotComputable(FeatureIssue.NoMinuteBars, "the minute-bar list is empty"), null, 0, false, 0, 0);
        }

        long early = 0, buy = 0, sell = 0;
        var hasBuySell = true;
        decimal? last = null;
        var lastStart = TimeOnly.MinValue;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            if (bar.Volume < 0 || (bar.Volume > 0 && bar.Close <= 0))
            {
                return new(cutoff, FeatureValue.NotComputable(FeatureIssue.InvalidMinuteBar,
                    $"bar {bar.Start:HH\\:mm} has volume {bar.Volume} at price {bar.Close}"), null, 0, false, 0, 0);
            }

            if (bar is { BuyVolume: { } b, SellVolume: { } s })
            {
                buy += b;
                sell += s;
            }
            else
            {
                hasBuySell = false;
            }

            if (!bar.EndsAtOrBefore(cutoff))
            {
                continue;
            }

            early += bar.Volume;

            // The bars may come in any order (KIS pages newest first): keep the latest traded one; on a duplicate
            // minute the later element wins.
            if (bar.Volume > 0 && (last is null || bar.Start >= lastStart))
            {
                last = bar.Close;
                lastStart = bar.Start;
            }
        }

        return new(cutoff, null, last, early, hasBuySell, buy, sell);
    }
}
