using System.Collections.Frozen;
using System.Collections.Immutable;
using KisTrader.Trading.Options;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Calendar;

/// <summary>
/// The KRX trading calendar (strategy.md §0): which dates trade, why the others do not, and each trading day's
/// schedule and session phases. Immutable; <see cref="WithBrokerDays"/> returns a new calendar.
/// <para>
/// Whether a date trades is decided by the first layer that knows it: (1) configuration
/// (<see cref="CalendarOptions.RemovedHolidays"/> opens a date, <see cref="CalendarOptions.ExtraHolidays"/> closes it),
/// (2) the broker's answer (KIS chk-holiday 개장일), (3) built-in: weekends, then <see cref="KrxHolidayTable"/>. The
/// operator's explicit configuration is the last word, so a wrong broker answer can be corrected without a release;
/// the broker beats the table because it knows closures announced after this build.
/// </para>
/// </summary>
public sealed partial class KrxCalendar
{
    private readonly KrxSessionOptions _session;
    private readonly TimeSpan _firstDayOpenShift;
    private readonly TimeSpan _examOpenShift;
    private readonly TimeSpan _examCloseShift;
    private readonly bool _afterHoursEndShifts;
    private readonly FrozenDictionary<DateOnly, string> _extra;
    private readonly FrozenSet<DateOnly> _removed;
    private readonly FrozenDictionary<DateOnly, SpecialScheduleDay> _special;
    private readonly FrozenSet<DateOnly> _examDays;
    private readonly ImmutableDictionary<DateOnly, BrokerDayInfo> _broker;

    /// <summary>Builds the calendar; throws <see cref="InvalidOptionsException"/> naming every invalid setting.</summary>
    public KrxCalendar(CalendarOptions options)
    {
        OptionsValidation.ThrowIfInvalid(options, CalendarOptions.Section);

        // Options are mutable binding targets: copy what is needed so the calendar never changes under its users.
        var s = options.Session;
        _session = new KrxSessionOptions
        {
            PreOpenStart = s.PreOpenStart,
            RegularOpen = s.RegularOpen,
            MiddaySplit = s.MiddaySplit,
            ClosingAuctionStart = s.ClosingAuctionStart,
            RegularClose = s.RegularClose,
            ClosingPriceStart = s.ClosingPriceStart,
            ClosingPriceEnd = s.ClosingPriceEnd,
            AfterHoursStart = s.AfterHoursStart,
            AfterHoursEnd = s.AfterHoursEnd,
            AfterHoursAuctionInterval = s.AfterHoursAuctionInterval,
        };
        _firstDayOpenShift = options.FirstTradingDayOpenShift;
        _examOpenShift = options.ExamDayOpenShift;
        _examCloseShift = options.ExamDayCloseShift;
        _afterHoursEndShifts = options.AfterHoursEndShifts;
        _extra = options.ExtraHolidays.ToFrozenDictionary(h => h.Date, h => h.Name);
        _removed = options.RemovedHolidays.ToFrozenSet();
        _special = options.SpecialDays
            .Select(d => new SpecialScheduleDay { Date = d.Date, OpenShift = d.OpenShift, CloseShift = d.CloseShift, Name = d.Name })
            .ToFrozenDictionary(d => d.Date);
        _examDays = KrxHolidayTable.ExamDays.ToFrozenSet();
        _broker = ImmutableDictionary<DateOnly, BrokerDayInfo>.Empty;
    }

    private KrxCalendar(KrxCalendar other, ImmutableDictionary<DateOnly, BrokerDayInfo> broker)
    {
        _session = other._session;
        _firstDayOpenShift = other._firstDayOpenShift;
        _examOpenShift = other._examOpenShift;
        _examCloseShift = other._examCloseShift;
        _afterHoursEndShifts = other._afterHoursEndShifts;
        _extra = other._extra;
        _removed = other._removed;
        _special = other._special;
        _examDays = other._examDays;
        _broker = broker;
    }

    /// <summary>The calendar with default options (built-in table, no overrides).</summary>
    public static KrxCalendar Default { get; } = new(new CalendarOptions());

    /// <summary>True when KRX trades on <paramref name="date"/>.</summary>
    public bool IsTradingDay(DateOnly date) => Describe(date).IsTradingDay;

    /// <summary>Why KRX is closed on <paramref name="date"/>, or null when it trades.</summary>
    public ClosedReason? ClosedReasonOf(DateOnly date) => Describe(date).ClosedReason;

    /// <summary>Everything the calendar knows about <paramref name="date"/>, with the deciding layer.</summary>
    public CalendarDay Describe(DateOnly date)
    {
        if (_removed.Contains(date))
        {
            return new CalendarDay(date, true, null, null, CalendarSource.Configuration, true);
        }

        if (_extra.TryGetValue(date, out var name))
        {
            return new CalendarDay(date, false, ClosedReason.Configured, name, CalendarSource.Configuration, true);
        }

        var holiday = KrxHolidayTable.Find(date);
        if (_broker.TryGetValue(date, out var broker))
        {
            return broker.IsOpenDay
                ? new CalendarDay(date, true, null, null, CalendarSource.Broker, true)
                : new CalendarDay(date, false, ClosedReason.Broker, holiday?.Name, CalendarSource.Broker, true);
        }

        if (KrxHolidayTable.IsWeekend(date))
        {
            return new CalendarDay(date, false, ClosedReason.Weekend, null, CalendarSource.BuiltIn, true);
        }

        var covered = KrxHolidayTable.Covers(date.Year);
        if (holiday is null)
        {
            return new CalendarDay(date, true, null, null, CalendarSource.BuiltIn, covered);
        }

        var reason = holiday.Kind == KrxHolidayKind.YearEndClosing ? ClosedReason.YearEndClosing : ClosedReason.Holiday;
        return new CalendarDay(date, false, reason, holiday.Name, CalendarSource.BuiltIn, covered);
    }

    /// <summary>
    /// The schedule of a trading day: a configured special day, else a built-in 수능 day, else the first trading day of
    /// the year (late open), else a normal day. Throws <see cref="InvalidOperationException"/> for a closed date.
    /// </summary>
    public TradingDaySchedule Schedule(DateOnly date)
    {
        var day = Describe(date);
        if (!day.IsTradingDay)
        {
            throw new InvalidOperationException($"{date:yyyy-MM-dd} is not a KRX trading day ({day.ClosedReason}{(day.Name is null ? "" : ": " + day.Name)})");
        }

        var (open, close, note) = _special.TryGetValue(date, out var special)
            ? (special.OpenShift, special.CloseShift, special.Name ?? "특별 거래시간")
            : _examDays.Contains(date)
                ? (_examOpenShift, _examCloseShift, KrxHolidayTable.ExamDayName)
                : date == FirstTradingDayOfYear(date.Year)
                    ? (_firstDayOpenShift, TimeSpan.Zero, KrxHolidayTable.FirstTradingDayName)
                    : (TimeSpan.Zero, TimeSpan.Zero, null);
        var isSpecial = open != TimeSpan.Zero || close != TimeSpan.Zero;
        return new TradingDaySchedule(date, open, close, _session.MiddaySplit)
        {
            ShiftedTimeLimit = close > TimeSpan.Zero && !_afterHoursEndShifts ? _session.AfterHoursEnd : null,
            Note = isSpecial ? note : null,
        };
    }

    /// <summary>The sessions of a trading day on the actual clock. Throws for a closed date.</summary>
    public TradingDaySessions Sessions(DateOnly date) => new(Schedule(date), _session);

    /// <summary>The market phase at an instant (its KST date decides the day); <see cref="MarketPhase.Closed"/> on closed dates.</summary>
    public MarketPhase PhaseAt(DateTimeOffset instant)
    {
        var date = KrxTime.DateOf(instant);
        return IsTradingDay(date) ? Sessions(date).PhaseAt(instant) : MarketPhase.Closed;
    }

    /// <summary>
    /// A calendar in which the broker's answers override the built-in table (a later answer for the same date replaces
    /// an earlier one); configured overrides still win. A closed answer reports <see cref="ClosedReason.Broker"/>.
    /// </summary>
    public KrxCalendar WithBrokerDays(IEnumerable<BrokerDayInfo> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var builder = _broker.ToBuilder();
        foreach (var day in days)
        {
            builder[day.Date] = day;
        }

        return new KrxCalendar(this, builder.ToImmutable());
    }
}
