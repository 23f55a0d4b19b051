using KisTrader.Trading.Time;

namespace KisTrader.Trading.Calendar;

/// <summary>
/// The actual clock of one KRX trading day. Strategy and session times are written as <em>base</em> KST times
/// (09:00 open, 15:30 close, 16:00 after-hours, 13:00 exit window...); on special-schedule days
/// (수능일: open 10:00, close 16:30; first trading day of the year: open 10:00) they shift.
/// Base times before <see cref="MiddaySplit"/> move with the open, the others with the close, so
/// "every time shifts by the same offset" holds when both shifts are equal, and a late open alone
/// moves only the morning.
/// </summary>
/// <param name="Date">The KST trading date.</param>
/// <param name="OpenShift">How much later than the base schedule the market opens (zero on a normal day).</param>
/// <param name="CloseShift">How much later than the base schedule the market closes (zero on a normal day).</param>
/// <param name="MiddaySplit">Base times before this follow the open; at or after it, the close.</param>
public sealed record TradingDaySchedule(DateOnly Date, TimeSpan OpenShift, TimeSpan CloseShift, TimeOnly MiddaySplit)
{
    /// <summary>The default split between open-anchored and close-anchored base times.</summary>
    public static readonly TimeOnly DefaultMiddaySplit = new(12, 0);

    /// <summary>A normal day: no shifts.</summary>
    public static TradingDaySchedule Normal(DateOnly date) => new(date, TimeSpan.Zero, TimeSpan.Zero, DefaultMiddaySplit);

    /// <summary>
    /// The latest actual KST time a base time that is moved <em>later</em> may land on; null (the default) means no
    /// limit. On 수능일 KRX starts every post-close session an hour late but still ends the after-hours single-price
    /// session at 18:00 (KRX notices 2022–2025), so the session is shortened rather than moved: with this set to 18:00,
    /// the base 18:00 end stays at 18:00 and a base 17:30 checkpoint lands on the end (too late to act). Base times
    /// after the limit, and unshifted or earlier-shifted times, are never affected. <see cref="KrxCalendar"/> sets it.
    /// </summary>
    public TimeOnly? ShiftedTimeLimit { get; init; }

    /// <summary>Why the day runs on a special schedule (e.g. "대학수학능력시험일"), or null on a normal day.</summary>
    public string? Note { get; init; }

    /// <summary>True when this day runs on a special schedule.</summary>
    public bool IsSpecial => OpenShift != TimeSpan.Zero || CloseShift != TimeSpan.Zero;

    /// <summary>The shift that applies to a base KST time on this day.</summary>
    public TimeSpan ShiftOf(TimeOnly baseTime) => baseTime < MiddaySplit ? OpenShift : CloseShift;

    /// <summary>The instant on this day at which a base KST time actually falls (see <see cref="ShiftedTimeLimit"/>).</summary>
    public DateTimeOffset At(TimeOnly baseTime)
    {
        var shift = ShiftOf(baseTime);
        var actual = baseTime.ToTimeSpan() + shift;
        if (ShiftedTimeLimit is { } limit && shift > TimeSpan.Zero && baseTime <= limit && actual > limit.ToTimeSpan())
        {
            actual = limit.ToTimeSpan();
        }

        return KrxTime.At(Date, actual);
    }
}
