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

    /// <summary>True when this day runs on a special schedule.</summary>
    public bool IsSpecial => OpenShift != TimeSpan.Zero || CloseShift != TimeSpan.Zero;

    /// <summary>The shift that applies to a base KST time on this day.</summary>
    public TimeSpan ShiftOf(TimeOnly baseTime) => baseTime < MiddaySplit ? OpenShift : CloseShift;

    /// <summary>The instant on this day at which a base KST time actually falls.</summary>
    public DateTimeOffset At(TimeOnly baseTime) => KrxTime.At(Date, baseTime.ToTimeSpan() + ShiftOf(baseTime));
}
