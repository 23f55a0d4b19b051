using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KisTrader.Trading.Calendar;

/// <summary>
/// The built-in KRX calendar data: every <em>weekday</em> on which KRX is closed in 2025–2027, and the special-schedule
/// 수능 days. Sources (checked 2026-11): KRX closure notices as reported by the press (2025-01-27 임시공휴일, 2025-06-03
/// 대통령선거, 2026-06-03 지방선거, year-end closings), published 2026 market-holiday lists, the 2026 공휴일법 amendment
/// restoring 제헌절 (passed 2026-01-29, promulgated 2026-02, in force before 2026-07-17), and the Ministry of Education's
/// 수능 dates. Lunar dates (설날, 부처님오신날, 추석) follow the Korean (KST) lunar calendar: 설날 2027 is Feb 7 in Korea
/// (Feb 6 in China). KRX closes on every public holiday (업무규정 제5조), on May 1 and on the year-end closing day.
/// <para>
/// 2027 is not yet published by KRX (it publishes each December). Two 2027 entries are assumptions, flagged below:
/// the 제헌절 substitute (07-19, assuming the 2026 amendment gives 제헌절 the same substitute rule as the other
/// national days) and the absence of any temporary holiday. Hosts must refresh the calendar from the broker
/// (<see cref="KrxCalendar.WithBrokerDays"/>) and can override any date in configuration.
/// </para>
/// </summary>
public static class KrxHolidayTable
{
    /// <summary>The first year the table covers.</summary>
    public const int FirstYear = 2025;

    /// <summary>The last year the table covers.</summary>
    public const int LastYear = 2027;

    /// <summary>Every weekday KRX is closed in the covered years, ascending.</summary>
    public static ImmutableArray<KrxHoliday> Holidays { get; } =
    [
        // 2025 — 19 weekday closures.
        H(2025, 1, 1, "신정", "New Year's Day", KrxHolidayKind.PublicHoliday),
        H(2025, 1, 27, "임시공휴일", "Temporary holiday (Seollal bridge)", KrxHolidayKind.TemporaryHoliday),
        H(2025, 1, 28, "설날 연휴", "Seollal holiday", KrxHolidayKind.PublicHoliday),
        H(2025, 1, 29, "설날", "Seollal", KrxHolidayKind.PublicHoliday),
        H(2025, 1, 30, "설날 연휴", "Seollal holiday", KrxHolidayKind.PublicHoliday),
        H(2025, 3, 3, "삼일절 대체공휴일", "Substitute holiday for Independence Movement Day", KrxHolidayKind.SubstituteHoliday),
        H(2025, 5, 1, "근로자의 날", "Labor Day", KrxHolidayKind.LaborDay),
        H(2025, 5, 5, "어린이날·부처님오신날", "Children's Day and Buddha's Birthday", KrxHolidayKind.PublicHoliday),
        H(2025, 5, 6, "대체공휴일", "Substitute holiday (Children's Day / Buddha's Birthday)", KrxHolidayKind.SubstituteHoliday),
        H(2025, 6, 3, "제21대 대통령선거일", "Presidential election day", KrxHolidayKind.ElectionDay),
        H(2025, 6, 6, "현충일", "Memorial Day", KrxHolidayKind.PublicHoliday),
        H(2025, 8, 15, "광복절", "Liberation Day", KrxHolidayKind.PublicHoliday),
        H(2025, 10, 3, "개천절", "National Foundation Day", KrxHolidayKind.PublicHoliday),
        H(2025, 10, 6, "추석", "Chuseok", KrxHolidayKind.PublicHoliday),
        H(2025, 10, 7, "추석 연휴", "Chuseok holiday", KrxHolidayKind.PublicHoliday),
        H(2025, 10, 8, "추석 대체공휴일", "Substitute holiday for Chuseok", KrxHolidayKind.SubstituteHoliday),
        H(2025, 10, 9, "한글날", "Hangeul Day", KrxHolidayKind.PublicHoliday),
        H(2025, 12, 25, "성탄절", "Christmas Day", KrxHolidayKind.PublicHoliday),
        H(2025, 12, 31, "연말 휴장일", "Year-end closing", KrxHolidayKind.YearEndClosing),

        // 2026 — 17 weekday closures (추석 연휴 ends on Saturday 09-26: no substitute for a Saturday overlap).
        H(2026, 1, 1, "신정", "New Year's Day", KrxHolidayKind.PublicHoliday),
        H(2026, 2, 16, "설날 연휴", "Seollal holiday", KrxHolidayKind.PublicHoliday),
        H(2026, 2, 17, "설날", "Seollal", KrxHolidayKind.PublicHoliday),
        H(2026, 2, 18, "설날 연휴", "Seollal holiday", KrxHolidayKind.PublicHoliday),
        H(2026, 3, 2, "삼일절 대체공휴일", "Substitute holiday for Independence Movement Day", KrxHolidayKind.SubstituteHoliday),
        H(2026, 5, 1, "노동절", "Labor Day", KrxHolidayKind.LaborDay),
        H(2026, 5, 5, "어린이날", "Children's Day", KrxHolidayKind.PublicHoliday),
        H(2026, 5, 25, "부처님오신날 대체공휴일", "Substitute holiday for Buddha's Birthday", KrxHolidayKind.SubstituteHoliday),
        H(2026, 6, 3, "제9회 전국동시지방선거일", "Local elections day", KrxHolidayKind.ElectionDay),
        H(2026, 7, 17, "제헌절", "Constitution Day", KrxHolidayKind.PublicHoliday),
        H(2026, 8, 17, "광복절 대체공휴일", "Substitute holiday for Liberation Day", KrxHolidayKind.SubstituteHoliday),
        H(2026, 9, 24, "추석 연휴", "Chuseok holiday", KrxHolidayKind.PublicHoliday),
        H(2026, 9, 25, "추석", "Chuseok", KrxHolidayKind.PublicHoliday),
        H(2026, 10, 5, "개천절 대체공휴일", "Substitute holiday for National Foundation Day", KrxHolidayKind.SubstituteHoliday),
        H(2026, 10, 9, "한글날", "Hangeul Day", KrxHolidayKind.PublicHoliday),
        H(2026, 12, 25, "성탄절", "Christmas Day", KrxHolidayKind.PublicHoliday),
        H(2026, 12, 31, "연말 휴장일", "Year-end closing", KrxHolidayKind.YearEndClosing),

        // 2027 — 15 weekday closures (05-01 노동절 and 06-06 현충일 fall on weekends; neither has a substitute).
        H(2027, 1, 1, "신정", "New Year's Day", KrxHolidayKind.PublicHoliday),
        H(2027, 2, 8, "설날 연휴", "Seollal holiday", KrxHolidayKind.PublicHoliday),
        H(2027, 2, 9, "설날 대체공휴일", "Substitute holiday for Seollal", KrxHolidayKind.SubstituteHoliday),
        H(2027, 3, 1, "삼일절", "Independence Movement Day", KrxHolidayKind.PublicHoliday),
        H(2027, 5, 5, "어린이날", "Children's Day", KrxHolidayKind.PublicHoliday),
        H(2027, 5, 13, "부처님오신날", "Buddha's Birthday", KrxHolidayKind.PublicHoliday),

        // Assumption: 제헌절 (Sat 07-17) gets a substitute like the other national days; confirm with KRX's 2027 notice.
        H(2027, 7, 19, "제헌절 대체공휴일", "Substitute holiday for Constitution Day", KrxHolidayKind.SubstituteHoliday),
        H(2027, 8, 16, "광복절 대체공휴일", "Substitute holiday for Liberation Day", KrxHolidayKind.SubstituteHoliday),
        H(2027, 9, 14, "추석 연휴", "Chuseok holiday", KrxHolidayKind.PublicHoliday),
        H(2027, 9, 15, "추석", "Chuseok", KrxHolidayKind.PublicHoliday),
        H(2027, 9, 16, "추석 연휴", "Chuseok holiday", KrxHolidayKind.PublicHoliday),
        H(2027, 10, 4, "개천절 대체공휴일", "Substitute holiday for National Foundation Day", KrxHolidayKind.SubstituteHoliday),
        H(2027, 10, 11, "한글날 대체공휴일", "Substitute holiday for Hangeul Day", KrxHolidayKind.SubstituteHoliday),
        H(2027, 12, 27, "성탄절 대체공휴일", "Substitute holiday for Christmas Day", KrxHolidayKind.SubstituteHoliday),
        H(2027, 12, 31, "연말 휴장일", "Year-end closing", KrxHolidayKind.YearEndClosing),
    ];

    /// <summary>
    /// 대학수학능력시험 days (2026, 2027 and 2028 학년도 exams): KRX opens and closes an hour late; the shifts come from
    /// <see cref="CalendarOptions.ExamDayOpenShift"/> and <see cref="CalendarOptions.ExamDayCloseShift"/>.
    /// </summary>
    public static ImmutableArray<DateOnly> ExamDays { get; } =
    [
        new(2025, 11, 13),
        new(2026, 11, 19),
        new(2027, 11, 18),
    ];

    /// <summary>The Korean name used for 수능 days.</summary>
    public const string ExamDayName = "대학수학능력시험일";

    /// <summary>The Korean name used for the first trading day's late opening (증시 개장식).</summary>
    public const string FirstTradingDayName = "새해 첫 거래일 (개장식)";

    private static readonly FrozenDictionary<DateOnly, KrxHoliday> ByDate = Holidays.ToFrozenDictionary(h => h.Date);

    /// <summary>True when the table lists every closure of <paramref name="year"/>.</summary>
    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>
    /// The weekday closure on <paramref name="date"/> known without the broker, or null when none. In covered years
    /// this is the table; in other years only fixed-date rules apply: 1/1, 3/1, Labor Day 5/1, 5/5, 6/6, 제헌절 7/17
    /// (from 2026), 8/15, 10/3, 10/9, 12/25 and the year-end closing day. Lunar, substitute, election and temporary
    /// holidays of uncovered years are unknown. Weekends are not holidays here (the calendar reports them as such).
    /// </summary>
    public static KrxHoliday? Find(DateOnly date)
    {
        if (Covers(date.Year))
        {
            return ByDate.GetValueOrDefault(date);
        }

        if (IsWeekend(date))
        {
            return null;
        }

        return date == YearEndClosingDay(date.Year)
            ? new KrxHoliday(date, "연말 휴장일", "Year-end closing", KrxHolidayKind.YearEndClosing)
            : FixedDateHoliday(date);
    }

    /// <summary>
    /// The year-end closing day by KRX's rule (유가증권시장 업무규정 제5조): Dec 31, or when that is a Saturday or Sunday
    /// the last weekday before it — e.g. 2022-12-30 (Fri; 12-31 was a Saturday) and 2023-12-29 (Fri; 12-31 was a
    /// Sunday) were KRX's year-end closing days.
    /// </summary>
    public static DateOnly YearEndClosingDay(int year)
    {
        var day = new DateOnly(year, 12, 31);
        while (IsWeekend(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static KrxHoliday? FixedDateHoliday(DateOnly date) => (date.Month, date.Day) switch
    {
        (1, 1) => new(date, "신정", "New Year's Day", KrxHolidayKind.PublicHoliday),
        (3, 1) => new(date, "삼일절", "Independence Movement Day", KrxHolidayKind.PublicHoliday),
        (5, 1) => new(date, date.Year >= 2026 ? "노동절" : "근로자의 날", "Labor Day", KrxHolidayKind.LaborDay),
        (5, 5) => new(date, "어린이날", "Children's Day", KrxHolidayKind.PublicHoliday),
        (6, 6) => new(date, "현충일", "Memorial Day", KrxHolidayKind.PublicHoliday),
        (7, 17) when date.Year >= 2026 => new(date, "제헌절", "Constitution Day", KrxHolidayKind.PublicHoliday),
        (8, 15) => new(date, "광복절", "Liberation Day", KrxHolidayKind.PublicHoliday),
        (10, 3) => new(date, "개천절", "National Foundation Day", KrxHolidayKind.PublicHoliday),
        (10, 9) => new(date, "한글날", "Hangeul Day", KrxHolidayKind.PublicHoliday),
        (12, 25) => new(date, "성탄절", "Christmas Day", KrxHolidayKind.PublicHoliday),
        _ => null,
    };

    private static KrxHoliday H(int year, int month, int day, string name, string englishName, KrxHolidayKind kind) =>
        new(new DateOnly(year, month, day), name, englishName, kind);
}
