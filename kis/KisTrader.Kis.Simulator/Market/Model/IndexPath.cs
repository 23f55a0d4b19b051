namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// An index through one day at its points: 0 = the open (opening auctions), k = end of continuous minute k−1 (1…M),
/// M+1 = the close (closing auctions). Cumulative volume/value and breadth counts per point. Final figures add the
/// closing-price session.
/// </summary>
internal sealed class IndexPath
{
    public IndexPath(int points)
    {
        Values = new double[points];
        Volumes = new long[points];
        TradingValues = new long[points];
        Breadth = new int[points * 5];
    }

    public double PrevClose { get; set; }

    public double[] Values { get; }

    public long[] Volumes { get; }

    public long[] TradingValues { get; }

    /// <summary>[point × 5 + (0 advancers incl. upper limit, 1 upper limit, 2 unchanged, 3 decliners incl. lower limit, 4 lower limit)].</summary>
    public int[] Breadth { get; }

    public long FinalVolume { get; set; }

    public long FinalTradingValue { get; set; }

    public int Points => Values.Length;

    public static IndexPath Compute(IndexDefinition index, DayData day)
    {
        var minutes = day.Session.ContinuousMinutes;
        var path = new IndexPath(minutes + 2);
        Span<int> prices = stackalloc int[minutes + 2];
        double prevCap = 0;
        long finalVolume = 0, finalValue = 0;
        for (var c = 0; c < index.Constituents.Length; c++)
        {
            var ld = day.Listing(index.Constituents[c]);
            var shares = index.Shares[c];
            var row = ld.Row;
            prevCap += (double)shares * row.BasePrice;
            prices[0] = row.Open;
            long vol = ld.OpenAuctionVolume, value = ld.OpenAuctionVolume * row.Open;
            path.Volumes[0] += vol;
            path.TradingValues[0] += value;
            for (var m = 0; m < minutes; m++)
            {
                prices[m + 1] = ld.Close(m);
                vol += ld.Volume(m) - (m == 0 ? ld.OpenAuctionVolume : 0);
                value += ld.Values[m] - (m == 0 ? ld.OpenAuctionVolume * row.Open : 0);
                path.Volumes[m + 1] += vol;
                path.TradingValues[m + 1] += value;
            }

            prices[minutes + 1] = row.Close;
            path.Volumes[minutes + 1] += row.Volume;
            path.TradingValues[minutes + 1] += ld.RegularValue;
            finalVolume += row.TotalVolume;
            finalValue += ld.RegularValue + ((long)row.ClosingPriceVolume * row.Close);
            for (var p = 0; p < prices.Length; p++)
            {
                path.Values[p] += (double)shares * prices[p];
                var b = p * 5;
                var price = prices[p];
                if (price > row.BasePrice)
                {
                    path.Breadth[b]++;
                    path.Breadth[b + 1] += price >= row.Upper ? 1 : 0;
                }
                else if (price == row.BasePrice)
                {
                    path.Breadth[b + 2]++;
                }
                else
                {
                    path.Breadth[b + 3]++;
                    path.Breadth[b + 4] += price <= row.Lower ? 1 : 0;
                }
            }
        }

        for (var p = 0; p < path.Values.Length; p++)
        {
            path.Values[p] /= index.Divisor;
        }

        path.PrevClose = prevCap / index.Divisor;
        path.FinalVolume = finalVolume;
        path.FinalTradingValue = finalValue;
        return path;
    }
}
