namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// The regular-session state of a listing-day up to a cut-off (seconds since the open; prints at or before it count):
/// opening auction, continuous prints (whole minutes from the bars, the current minute print by print, so a cut-off at a
/// print's instant counts exactly the prints through it, also among several in one second), the closing auction and the
/// closing-price session. Seconds are relative to the session open.
/// </summary>
internal struct RegularState
{
    public bool AnyTrade;
    public int Price;
    public int OpenPrice;
    public int High;
    public int Low;
    public long Volume;
    public long Value;
    public long Buy;
    public long Sell;
    public int BuyCount;
    public int SellCount;
    public long LastVolume;
    public double LastSecond;
    public SimSide LastSide;
    public double OpenSecond;
    public double HighSecond;
    public double LowSecond;

    /// <summary>Last continuous-session price (before the closing auction).</summary>
    public int ContinuousLast;

    public static RegularState Compute(ListingDay ld, SimSession s, double cutoff)
    {
        var st = new RegularState { Price = ld.Row.BasePrice, ContinuousLast = ld.Row.BasePrice, LastSide = SimSide.Auction };
        if (ld.Halted || cutoff < 0)
        {
            return st;
        }

        var row = ld.Row;
        var minutes = ld.Minutes;
        if (ld.OpenAuctionVolume > 0)
        {
            st.Apply(new RawPrint(0, row.Open, (int)Math.Min(int.MaxValue, ld.OpenAuctionVolume), SimSide.Auction), ld.OpenAuctionVolume);
        }

        // Whole minutes: every print of minute m lies before (m + 1) × 60 (prints carry milliseconds).
        var full = Math.Clamp((int)Math.Floor(cutoff / 60), 0, minutes);
        int openMinute = -1, highMinute = -1, lowMinute = -1, lastMinute = -1;
        for (var m = 0; m < full; m++)
        {
            var buy = ld.Buy(m);
            var sell = ld.Sell(m);
            if (buy + sell == 0)
            {
                continue;
            }

            if (!st.AnyTrade)
            {
                st.AnyTrade = true;
                st.OpenPrice = ld.Open(m);
                st.High = ld.High(m);
                st.Low = ld.Low(m);
                openMinute = highMinute = lowMinute = m;
            }

            if (ld.High(m) > st.High)
            {
                st.High = ld.High(m);
                highMinute = m;
            }

            if (ld.Low(m) < st.Low)
            {
                st.Low = ld.Low(m);
                lowMinute = m;
            }

            st.Volume += buy + sell;
            st.Value += ld.Values[m] - (m == 0 ? ld.OpenAuctionVolume * row.Open : 0);
            st.Buy += buy;
            st.Sell += sell;
            st.BuyCount += ld.Counts[m * 2];
            st.SellCount += ld.Counts[(m * 2) + 1];
            st.Price = ld.Close(m);
            lastMinute = m;
        }

        Span<RawPrint> buffer = stackalloc RawPrint[PrintSynth.MaxPrintsPerMinute];
        if (lastMinute >= 0)
        {
            var prints = ld.PrintsOf(lastMinute, buffer);
            var last = prints[^1];
            (st.LastVolume, st.LastSecond, st.LastSide) = (last.Volume, last.Time, last.Side);
            // Minutes aggregated from bars resolve their exact print seconds here (-1: set by the opening auction print).
            st.OpenSecond = openMinute >= 0 ? SecondOf(ld, openMinute, st.OpenPrice, buffer) : st.OpenSecond;
            st.HighSecond = highMinute >= 0 ? SecondOf(ld, highMinute, st.High, buffer) : st.HighSecond;
            st.LowSecond = lowMinute >= 0 ? SecondOf(ld, lowMinute, st.Low, buffer) : st.LowSecond;
        }

        if (full < minutes && cutoff >= full * 60)
        {
            foreach (var p in ld.PrintsOf(full, buffer))
            {
                if (p.Time > cutoff)
                {
                    break;
                }

                st.Apply(p, p.Volume);
            }
        }

        st.ContinuousLast = st.AnyTrade ? st.Price : row.Open;
        var closeSecond = (s.Close - s.Open).TotalSeconds;
        if (cutoff >= closeSecond)
        {
            if (ld.CloseAuctionVolume > 0)
            {
                st.Apply(new RawPrint((int)closeSecond, row.Close, (int)Math.Min(int.MaxValue, ld.CloseAuctionVolume), SimSide.Auction), ld.CloseAuctionVolume);
            }

            st.Price = row.Close;
            Span<RawPrint> closingPrice = stackalloc RawPrint[ClosingPriceSession.MaxPrints];
            foreach (var p in ClosingPriceSession.Prints(ld, s, closingPrice))
            {
                if (p.Time <= cutoff)
                {
                    st.Apply(p, p.Volume);
                }
            }
        }

        return st;
    }

    private void Apply(RawPrint p, long volume)
    {
        if (!AnyTrade)
        {
            AnyTrade = true;
            OpenPrice = High = Low = p.Price;
            OpenSecond = HighSecond = LowSecond = p.Time;
        }

        if (p.Price > High)
        {
            High = p.Price;
            HighSecond = p.Time;
        }

        if (p.Price < Low)
        {
            Low = p.Price;
            LowSecond = p.Time;
        }

        Volume += volume;
        Value += p.Price * volume;
        if (p.Side == SimSide.Buy)
        {
            Buy += volume;
            BuyCount++;
        }
        else if (p.Side == SimSide.Sell)
        {
            Sell += volume;
            SellCount++;
        }

        Price = p.Price;
        LastVolume = volume;
        LastSecond = p.Time;
        LastSide = p.Side;
    }

    private static double SecondOf(ListingDay ld, int minute, int price, Span<RawPrint> buffer)
    {
        foreach (var p in ld.PrintsOf(minute, buffer))
        {
            if (p.Price == price)
            {
                return p.Time;
            }
        }

        return minute * 60;
    }
}
