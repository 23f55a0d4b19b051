using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Calendar;

/// <summary>
/// The KRX calendar (strategy.md §0). Section <c>Strategy:Calendar</c>. The built-in holiday table
/// (<see cref="KrxHolidayTable"/>) is the base; configuration overrides it and the broker's answers
/// (<see cref="KrxCalendar.WithBrokerDays"/>): precedence is configuration &gt; broker &gt; built-in.
/// </summary>
public sealed class CalendarOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Strategy:Calendar";

    /// <summary>Dates KRX is closed in addition to the table (ad hoc closures). Default none.</summary>
    public List<ConfiguredHoliday> ExtraHolidays { get; set; } = [];

    /// <summary>Weekdays to treat as trading days although the table or the broker lists them as closed. Default none.</summary>
    public List<DateOnly> RemovedHolidays { get; set; } = [];

    /// <summary>Special-schedule days; each replaces a built-in special schedule on its date. Default none.</summary>
    public List<SpecialScheduleDay> SpecialDays { get; set; } = [];

    /// <summary>How much later the market opens on the first trading day of each year (증시 개장식). Default 1 hour.</summary>
    public TimeSpan FirstTradingDayOpenShift { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How much later the market opens on a built-in 수능 day. Default 1 hour (10:00).</summary>
    public TimeSpan ExamDayOpenShift { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How much later the market closes on a built-in 수능 day. Default 1 hour (16:30).</summary>
    public TimeSpan ExamDayCloseShift { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether the end of the after-hours single-price session moves with a late close. Default false: KRX keeps
    /// 18:00 on 수능 days (the session runs 17:00–18:00), see <see cref="TradingDaySchedule.ShiftedTimeLimit"/>.
    /// </summary>
    public bool AfterHoursEndShifts { get; set; }

    /// <summary>The base session times.</summary>
    [Required]
    public KrxSessionOptions Session { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, open, close) in new[]
                 {
                     (nameof(FirstTradingDayOpenShift), FirstTradingDayOpenShift, TimeSpan.Zero),
                     (nameof(ExamDayOpenShift), ExamDayOpenShift, ExamDayCloseShift),
                     (nameof(ExamDayCloseShift), ExamDayOpenShift, ExamDayCloseShift),
                 })
        {
            if (ShiftProblem(open, close) is { } problem)
            {
                yield return new ValidationResult(problem, [name]);
            }
        }

        foreach (var result in ValidateDays())
        {
            yield return result;
        }
    }

    /// <summary>Why a pair of shifts would break the day's session order, or null when it is usable.</summary>
    internal string? ShiftProblem(TimeSpan open, TimeSpan close)
    {
        var s = Session;
        var day = TimeSpan.FromDays(1);
        var openAt = s.RegularOpen.ToTimeSpan() + open;
        var preOpenAt = s.PreOpenStart.ToTimeSpan() + open;
        var auctionAt = s.ClosingAuctionStart.ToTimeSpan() + close;
        var afterStart = s.AfterHoursStart.ToTimeSpan() + close;
        var afterEnd = s.AfterHoursEnd.ToTimeSpan() + (AfterHoursEndShifts || close < TimeSpan.Zero ? close : TimeSpan.Zero);
        if (preOpenAt < TimeSpan.Zero || openAt >= s.MiddaySplit.ToTimeSpan())
        {
            return $"open shift {open:c} moves the open ({s.RegularOpen:HH\\:mm}) outside 00:00–{s.MiddaySplit:HH\\:mm}";
        }

        if (auctionAt <= openAt)
        {
            return $"shifts {open:c}/{close:c} leave no continuous session";
        }

        if (afterStart >= afterEnd || afterEnd >= day)
        {
            return $"close shift {close:c} leaves no after-hours session before midnight";
        }

        var interval = s.AfterHoursAuctionInterval;
        if (interval > TimeSpan.Zero && (afterEnd - afterStart).Ticks % interval.Ticks != 0)
        {
            return $"close shift {close:c} is not a whole number of after-hours auction intervals ({interval:c})";
        }

        return null;
    }

    private IEnumerable<ValidationResult> ValidateDays()
    {
        var extra = new HashSet<DateOnly>();
        for (var i = 0; i < ExtraHolidays.Count; i++)
        {
            var date = ExtraHolidays[i].Date;
            if (date == default)
            {
                yield return new ValidationResult($"item {i}: Date is required", [nameof(ExtraHolidays)]);
            }
            else if (!extra.Add(date))
            {
                yield return new ValidationResult($"item {i}: {date:yyyy-MM-dd} is listed twice", [nameof(ExtraHolidays)]);
            }
        }

        foreach (var date in RemovedHolidays)
        {
            if (KrxHolidayTable.IsWeekend(date))
            {
                yield return new ValidationResult($"{date:yyyy-MM-dd} is a {date.DayOfWeek}: KRX never trades on weekends", [nameof(RemovedHolidays)]);
            }

            if (extra.Contains(date))
            {
                yield return new ValidationResult($"{date:yyyy-MM-dd} is also in {nameof(ExtraHolidays)}", [nameof(RemovedHolidays)]);
            }
        }

        var special = new HashSet<DateOnly>();
        for (var i = 0; i < SpecialDays.Count; i++)
        {
            var day = SpecialDays[i];
            var label = $"item {i} ({day.Date:yyyy-MM-dd})";
            if (day.Date == default || KrxHolidayTable.IsWeekend(day.Date))
            {
                yield return new ValidationResult($"{label}: Date must be a weekday", [nameof(SpecialDays)]);
            }
            else if (!special.Add(day.Date))
            {
                yield return new ValidationResult($"{label}: listed twice", [nameof(SpecialDays)]);
            }

            if (ShiftProblem(day.OpenShift, day.CloseShift) is { } problem)
            {
                yield return new ValidationResult($"{label}: {problem}", [nameof(SpecialDays)]);
            }
        }
    }
}
