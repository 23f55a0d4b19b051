namespace KisTrader.Trading.Screening.Features;

/// <summary>
/// One pass over the minute bars collecting what C2 (P14) and C3 (late volume) need. Bars that start after the close
/// (the 15:40–16:00 closing-price session, after-hours) are not the day's figures (strategy.md §3 Conventions) and are
/// skipped; the bar stamped at the close (the closing auction) is late-session volume.
/// </summary>
internal readonly struct BarScan
{
    private const int MinutesPerDay = 24 * 60;

    private BarScan(TimeOnly cutoff, FeatureValue? problem, decimal? lastPriceBefore, bool hasEarlyBars, long lateVolume, TimeOnly earliest = default)
    {
        Earliest = earliest;
        Cutoff = cutoff;
        Problem = problem;
        LastPriceBefore = lastPriceBefore;
        HasEarlyBars = hasEarlyBars;
        LateVolume = lateVolume;
    }

    public TimeOnly Cutoff { get; }

    /// <summary>Set when the bars are missing, empty or invalid: C2 and C3 are this value.</summary>
    public FeatureValue? Problem { get; }

    /// <summary>P14: the close of the latest bar with trades that ends at or before the cutoff.</summary>
    public decimal? LastPriceBefore { get; }

    /// <summary>True when at least one bar (traded or not) ends at or before the cutoff.</summary>
    public bool HasEarlyBars { get; }

    /// <summary>The start of the earliest bar supplied (meaningful when there are bars).</summary>
    public TimeOnly Earliest { get; }

    /// <summary>Volume of the bars that do not end at or before the cutoff (the late session, closing auction included).</summary>
    public long LateVolume { get; }

    public static BarScan Of(IReadOnlyList<MinuteBar>? bars, TimeOnly cutoff, TimeOnly close)
    {
        if (bars is null)
        {
            return new(cutoff, FeatureValue.Missing("minute bars"), null, false, 0);
        }

        if (bars.Count == 0)
        {
            return new(cutoff, FeatureValue.NotComputable(FeatureIssue.NoMinuteBars, "the minute-bar list is empty"), null, false, 0);
        }

        // One bit per minute of the day: a minute supplied twice (overlapping pages) would be counted twice.
        Span<ulong> seen = stackalloc ulong[(MinutesPerDay + 63) / 64];
        long late = 0;
        var hasEarly = false;
        decimal? last = null;
        var lastStart = TimeOnly.MinValue;
        var earliest = TimeOnly.MaxValue;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            if (bar.Volume < 0 || (bar.Volume > 0 && bar.Close <= 0))
            {
                return new(cutoff, FeatureValue.NotComputable(FeatureIssue.InvalidMinuteBar,
                    $"bar {bar.Start:HH\\:mm} has volume {bar.Volume} at price {bar.Close}"), null, false, 0);
            }

            if (bar.Start > close)
            {
                continue;
            }

            var minute = (bar.Start.Hour * 60) + bar.Start.Minute;
            var mask = 1UL << (minute & 63);
            if ((seen[minute >> 6] & mask) != 0)
            {
                return new(cutoff, FeatureValue.NotComputable(FeatureIssue.InvalidMinuteBar,
                    $"the minute {bar.Start:HH\\:mm} is supplied more than once"), null, false, 0);
            }

            seen[minute >> 6] |= mask;
            if (bar.Start < earliest)
            {
                earliest = bar.Start;
            }

            if (!bar.EndsAtOrBefore(cutoff))
            {
                late += bar.Volume;
                continue;
            }

            hasEarly = true;

            // The bars may come in any order (KIS pages newest first): keep the latest traded one.
            if (bar.Volume > 0 && (last is null || bar.Start > lastStart))
            {
                last = bar.Close;
                lastStart = bar.Start;
            }
        }

        return new(cutoff, null, last, hasEarly, late, earliest);
    }
}
