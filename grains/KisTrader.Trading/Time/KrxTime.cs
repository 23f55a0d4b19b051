namespace KisTrader.Trading.Time;

/// <summary>
/// Korea Standard Time (Asia/Seoul, UTC+9, no daylight saving) conversions. Every schedule rule of the
/// strategy is stated in KST; instants are stored as <see cref="DateTimeOffset"/> and converted here, at the edge.
/// </summary>
public static class KrxTime
{
    /// <summary>The fixed KST offset. Korea has not observed daylight saving since 1988.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The Asia/Seoul zone (falls back to a fixed +09:00 zone if the machine has no tz database).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The same instant expressed with the +09:00 offset.</summary>
    public static DateTimeOffset ToKst(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The KST calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToKst(instant).DateTime);

    /// <summary>The KST wall-clock time of an instant.</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToKst(instant).DateTime);

    /// <summary>The instant at a KST wall-clock time on a KST date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary>The instant at a KST wall-clock time (given as time since midnight) on a KST date.</summary>
    public static DateTimeOffset At(DateOnly date, TimeSpan sinceMidnight) =>
        new(date.ToDateTime(TimeOnly.MinValue).Add(sinceMidnight), Offset);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Seoul", Offset, "Korea Standard Time", "KST");
        }
    }
}
