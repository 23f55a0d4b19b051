namespace KisTrader.Kis.Simulator.Market;

/// <summary>The market model's KST helpers: <see cref="Clock.Kst"/> (the simulator's one KST definition) plus session seconds.</summary>
internal static class KstTime
{
    public static DateTimeOffset ToKst(DateTimeOffset instant) => Clock.Kst.ToKst(instant);

    public static DateOnly DateOf(DateTimeOffset instant) => Clock.Kst.DateOf(instant);

    public static TimeOnly TimeOf(DateTimeOffset instant) => Clock.Kst.TimeOf(instant);

    public static DateTimeOffset At(DateOnly date, TimeOnly time) => Clock.Kst.At(date, time);

    /// <summary>The instant <paramref name="seconds"/> after the session open of a date.</summary>
    public static DateTimeOffset AtSecond(SimSession session, double seconds) => session.At(session.Open).AddSeconds(seconds);

    /// <summary>
    /// The instant <paramref name="ms"/> milliseconds after the session open, exact to the tick (a print's instant: the
    /// cut-off of a quote at it, (instant − open) in seconds, equals the print's <see cref="Model.RawPrint.Time"/>).
    /// </summary>
    public static DateTimeOffset AtMs(SimSession session, long ms) => session.At(session.Open).AddTicks(ms * TimeSpan.TicksPerMillisecond);
}
