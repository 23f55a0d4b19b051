namespace KisTrader.Kis.WebSocket;

/// <summary>KST (Asia/Seoul, UTC+9 all year: Korea has no daylight saving time since 1988).</summary>
internal static class KstTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
}
