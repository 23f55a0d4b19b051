namespace KisTrader.Kis.Simulator.Market;

/// <summary>Korea Standard Time helpers (UTC+9, no daylight saving).</summary>
internal static class KstTime
{
    public static DateTimeOffset ToKst(DateTimeOffset instant) => instant.ToOffset(SimSession.Kst);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToKst(instant).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToKst(instant).DateTime);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), SimSession.Kst);

    /// <summary>The instant <paramref name="seconds"/> after the session open of a date.</summary>
    public static DateTimeOffset AtSecond(SimSession session, double seconds) => session.At(session.Open).AddSeconds(seconds);

    /// <summary>
    /// The instant <paramref name="ms"/> milliseconds after the session open, exact to the tick (a print's instant: the
    /// cut-off of a quote at it, (instant − open) in seconds, equals the print's <see cref="Model.RawPrint.Time"/>).
    /// </summary>
    public static DateTimeOffset AtMs(SimSession session, long ms) => session.At(session.Open).AddTicks(ms * TimeSpan.TicksPerMillisecond);
}
