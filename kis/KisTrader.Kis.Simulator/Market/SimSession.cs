namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// Session times of one KST date (kis-api.md §7). On special-schedule days the open and/or the close are shifted and every
/// later time moves with the close (e.g. open 10:00 / close 16:30 ⇒ closing auction 16:20, after-hours 17:00–19:00).
/// </summary>
/// <param name="Date">KST date.</param>
/// <param name="IsTradingDay">False on weekends, holidays and ad-hoc closures (all times then carry the standard values).</param>
/// <param name="IsSpecial">True when the open or close differs from 09:00 / 15:30.</param>
/// <param name="Note">Holiday or special-day description ("" when none).</param>
/// <param name="PreOpen">Opening-auction intake and 장전 시간외 종가 start (open − 30 min).</param>
/// <param name="PreMarketClosingEnd">End of 장전 시간외 종가 (open − 20 min).</param>
/// <param name="Open">Opening auction match and continuous start.</param>
/// <param name="ClosingAuctionStart">Closing single-price intake start (close − 10 min); the continuous session ends here.</param>
/// <param name="Close">Closing auction match: the official close.</param>
/// <param name="ClosingPriceStart">장후 시간외 종가 start (close + 10 min).</param>
/// <param name="AfterHoursStart">시간외 단일가 start (close + 30 min); also the end of the closing-price session.</param>
/// <param name="AfterHoursEnd">시간외 단일가 end and its last auction (close + 150 min).</param>
/// <param name="AfterHoursAuctionInterval">Interval between after-hours matches (10 minutes).</param>
internal sealed record SimSession(
    DateOnly Date,
    bool IsTradingDay,
    bool IsSpecial,
    string Note,
    TimeOnly PreOpen,
    TimeOnly PreMarketClosingEnd,
    TimeOnly Open,
    TimeOnly ClosingAuctionStart,
    TimeOnly Close,
    TimeOnly ClosingPriceStart,
    TimeOnly AfterHoursStart,
    TimeOnly AfterHoursEnd,
    TimeSpan AfterHoursAuctionInterval)
{
    /// <summary>Korea Standard Time offset: <see cref="Clock.Kst.Offset"/>, the simulator's one KST definition.</summary>
    public static readonly TimeSpan Kst = Clock.Kst.Offset;

    /// <summary>Number of 1-minute bars of the continuous session (Open … ClosingAuctionStart; 380 on a normal day).</summary>
    public int ContinuousMinutes => (int)(ClosingAuctionStart - Open).TotalMinutes;

    /// <summary>The instant of a KST time of this date.</summary>
    public DateTimeOffset At(TimeOnly time) => new(Date.ToDateTime(time), Kst);

    /// <summary>The after-hours match times (AfterHoursStart + interval … AfterHoursEnd; 16:10 … 18:00 normally).</summary>
    public IReadOnlyList<TimeOnly> AfterHoursAuctionTimes()
    {
        var times = new List<TimeOnly>();
        for (var t = AfterHoursStart.Add(AfterHoursAuctionInterval); t <= AfterHoursEnd; t = t.Add(AfterHoursAuctionInterval))
        {
            times.Add(t);
        }

        return times;
    }

    /// <summary>The market phase at a KST time of this date.</summary>
    public SimPhase PhaseAt(TimeOnly time)
    {
        if (!IsTradingDay || time < PreOpen || time > AfterHoursEnd)
        {
            return SimPhase.Closed;
        }

        if (time < Open)
        {
            return SimPhase.PreOpen;
        }

        if (time < ClosingAuctionStart)
        {
            return SimPhase.Continuous;
        }

        if (time < Close)
        {
            return SimPhase.ClosingAuction;
        }

        if (time < ClosingPriceStart)
        {
            return SimPhase.PostClose;
        }

        return time < AfterHoursStart ? SimPhase.ClosingPriceSession : SimPhase.AfterHours;
    }
}
