namespace KisTrader.Trading.Statistics;

/// <summary>Return and risk arithmetic of the performance statistics, all in decimal.</summary>
internal static class RiskMetrics
{
    /// <summary>The median of the values (mean of the two middle ones for an even count); null when empty.</summary>
    public static decimal? Median(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The largest fall of a running sum from its previous peak; the sum starts at 0 (the first peak).</summary>
    public static decimal MaxDrawdown(IEnumerable<decimal> increments)
    {
        decimal sum = 0, peak = 0, worst = 0;
        foreach (var increment in increments)
        {
            sum += increment;
            peak = Math.Max(peak, sum);
            worst = Math.Max(worst, peak - sum);
        }

        return worst;
    }

    /// <summary>
    /// The largest relative fall of the index 1 + Σ returns from its previous peak (the index starts at 1). Null when
    /// there are no returns or the index peaks at or below zero (the fall is then not a meaningful fraction).
    /// </summary>
    public static decimal? MaxDrawdownRate(IReadOnlyList<decimal> returns)
    {
        if (returns.Count == 0)
        {
            return null;
        }

        decimal index = 1, peak = 1, worst = 0;
        foreach (var r in returns)
        {
            index += r;
            peak = Math.Max(peak, index);
            if (peak <= 0)
            {
                return null;
            }

            worst = Math.Max(worst, (peak - index) / peak);
        }

        return worst;
    }

    /// <summary>
    /// mean(r − rf) ÷ sample stdev(r − rf) × √periodsPerYear, rounded half away from zero; null with fewer than two
    /// returns or zero deviation.
    /// </summary>
    public static decimal? Sharpe(IReadOnlyList<decimal> returns, decimal riskFreePerPeriod, int periodsPerYear, int decimals)
    {
        if (returns.Count < 2)
        {
            return null;
        }

        var excess = returns.Select(r => r - riskFreePerPeriod).ToArray();
        var mean = excess.Sum() / excess.Length;
        var variance = excess.Sum(x => (x - mean) * (x - mean)) / (excess.Length - 1);
        if (variance == 0)
        {
            return null;
        }

        // mean ÷ √variance × √n = mean × √(n ÷ variance): one square root, of a well-scaled number.
        var sharpe = Math.Sign(mean) * DecimalMath.Sqrt(mean * mean * periodsPerYear / variance);
        return Math.Round(sharpe, decimals, MidpointRounding.AwayFromZero);
    }
}
