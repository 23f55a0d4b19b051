namespace KisTrader.Trading.Calendar;

/// <summary>
/// A configured special-schedule day. It replaces any built-in special schedule on the same date (the 수능 day or the
/// first trading day of the year); zero shifts turn a built-in special day back into a normal day.
/// </summary>
public sealed class SpecialScheduleDay
{
    /// <summary>The KST trading date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>How much later the open (and every base time before <see cref="KrxSessionOptions.MiddaySplit"/>) falls.</summary>
    public TimeSpan OpenShift { get; set; }

    /// <summary>How much later the close (and every base time from <see cref="KrxSessionOptions.MiddaySplit"/>) falls.</summary>
    public TimeSpan CloseShift { get; set; }

    /// <summary>Why the day is special, shown to users. Optional.</summary>
    public string? Name { get; set; }
}
