using System.Collections.Immutable;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Calendar;

/// <summary>
/// The KRX sessions of one trading day on the actual clock: the base times of <see cref="KrxSessionOptions"/> mapped
/// through the day's <see cref="TradingDaySchedule"/>, so special days shift every phase. Every phase is a half-open
/// interval [start, end).
/// </summary>
public sealed class TradingDaySessions
{
    public TradingDaySessions(TradingDaySchedule schedule, KrxSessionOptions session)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(session);
        Schedule = schedule;
        PreOpenStart = schedule.At(session.PreOpenStart);
        RegularOpen = schedule.At(session.RegularOpen);
        ClosingAuctionStart = schedule.At(session.ClosingAuctionStart);
        RegularClose = schedule.At(session.RegularClose);
        ClosingPriceStart = schedule.At(session.ClosingPriceStart);
        ClosingPriceEnd = schedule.At(session.ClosingPriceEnd);
        AfterHoursStart = schedule.At(session.AfterHoursStart);
        AfterHoursEnd = schedule.At(session.AfterHoursEnd);
        AfterHoursAuctions = Auctions(AfterHoursStart, AfterHoursEnd, session.AfterHoursAuctionInterval);
    }

    /// <summary>The day's schedule (date and shifts).</summary>
    public TradingDaySchedule Schedule { get; }

    /// <summary>The KST trading date.</summary>
    public DateOnly Date => Schedule.Date;

    /// <summary>Opening auction order intake starts (base 08:30).</summary>
    public DateTimeOffset PreOpenStart { get; }

    /// <summary>The regular open (base 09:00; 10:00 on 수능 days and the first trading day of the year).</summary>
    public DateTimeOffset RegularOpen { get; }

    /// <summary>The closing auction starts (base 15:20).</summary>
    public DateTimeOffset ClosingAuctionStart { get; }

    /// <summary>The regular close (base 15:30; 16:30 on 수능 days).</summary>
    public DateTimeOffset RegularClose { get; }

    /// <summary>The closing-price session starts (base 15:40).</summary>
    public DateTimeOffset ClosingPriceStart { get; }

    /// <summary>The closing-price session ends (base 16:00).</summary>
    public DateTimeOffset ClosingPriceEnd { get; }

    /// <summary>The after-hours single-price session starts (base 16:00; 17:00 on 수능 days).</summary>
    public DateTimeOffset AfterHoursStart { get; }

    /// <summary>The after-hours single-price session ends with its last match (base 18:00; still 18:00 on 수능 days).</summary>
    public DateTimeOffset AfterHoursEnd { get; }

    /// <summary>
    /// The nominal after-hours match instants, ascending: one interval after the start, then every interval through
    /// the end (16:10 ... 18:00 on a normal day; 17:10 ... 18:00 on 수능 days). KRX's random end may delay a match by
    /// a few seconds; these are the scheduled instants.
    /// </summary>
    public ImmutableArray<DateTimeOffset> AfterHoursAuctions { get; }

    /// <summary>The market phase at <paramref name="instant"/>; <see cref="MarketPhase.Closed"/> on any other KST date.</summary>
    public MarketPhase PhaseAt(DateTimeOffset instant)
    {
        if (KrxTime.DateOf(instant) != Date)
        {
            return MarketPhase.Closed;
        }

        (DateTimeOffset Start, DateTimeOffset End, MarketPhase Phase)[] phases =
        [
            (PreOpenStart, RegularOpen, MarketPhase.PreOpen),
            (RegularOpen, ClosingAuctionStart, MarketPhase.Regular),
            (ClosingAuctionStart, RegularClose, MarketPhase.ClosingAuction),
            (RegularClose, ClosingPriceStart, MarketPhase.Break),
            (ClosingPriceStart, ClosingPriceEnd, MarketPhase.ClosingPriceSession),
            (ClosingPriceEnd, AfterHoursStart, MarketPhase.Break),
            (AfterHoursStart, AfterHoursEnd, MarketPhase.AfterHoursSinglePrice),
        ];
        foreach (var (start, end, phase) in phases)
        {
            if (instant >= start && instant < end)
            {
                return phase;
            }
        }

        return MarketPhase.Closed;
    }

    /// <summary>The first after-hours match strictly after <paramref name="instant"/>, or null when none is left today.</summary>
    public DateTimeOffset? NextAfterHoursAuction(DateTimeOffset instant)
    {
        foreach (var auction in AfterHoursAuctions)
        {
            if (auction > instant)
            {
                return auction;
            }
        }

        return null;
    }

    private static ImmutableArray<DateTimeOffset> Auctions(DateTimeOffset start, DateTimeOffset end, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "the auction interval must be positive");
        }

        var builder = ImmutableArray.CreateBuilder<DateTimeOffset>();
        for (var at = start + interval; at <= end; at += interval)
        {
            builder.Add(at);
        }

        return builder.ToImmutable();
    }
}
