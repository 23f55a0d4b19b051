namespace KisTrader.Kis.Simulator.Market.Calendar;

/// <summary>
/// Built-in KRX closures and special-schedule days (kis-api.md §7, 업무규정 제5조) for 2024–2027: public holidays incl.
/// lunar ones and substitutes, elections, 근로자의 날 (May 1) and the year-end closing day (Dec 31). Later years fall back to
/// the fixed-date holidays only; scenarios add or remove days. Special days: the first trading day of each year opens at
/// 10:00; the college-entrance-exam (수능) day opens 10:00 and closes 16:30.
/// </summary>
internal static class KrxHolidays
{
    public static readonly IReadOnlyDictionary<DateOnly, string> Closures = Build();

    /// <summary>Special-schedule days: (open, close, note).</summary>
    public static readonly IReadOnlyDictionary<DateOnly, (TimeOnly Open, TimeOnly Close, string Note)> Special =
        new Dictionary<DateOnly, (TimeOnly, TimeOnly, string)>
        {
            [new(2024, 1, 2)] = (new(10, 0), new(15, 30), "신년 개장일 (10:00 개장)"),
            [new(2024, 11, 14)] = (new(10, 0), new(16, 30), "대학수학능력시험일 (10:00–16:30)"),
            [new(2025, 1, 2)] = (new(10, 0), new(15, 30), "신년 개장일 (10:00 개장)"),
            [new(2025, 11, 13)] = (new(10, 0), new(16, 30), "대학수학능력시험일 (10:00–16:30)"),
            [new(2026, 1, 2)] = (new(10, 0), new(15, 30), "신년 개장일 (10:00 개장)"),
            [new(2026, 11, 19)] = (new(10, 0), new(16, 30), "대학수학능력시험일 (10:00–16:30)"),
            [new(2027, 1, 4)] = (new(10, 0), new(15, 30), "신년 개장일 (10:00 개장)"),
            [new(2027, 11, 18)] = (new(10, 0), new(16, 30), "대학수학능력시험일 (10:00–16:30)"),
        };

    /// <summary>Fixed-date closures applied to every year (beyond the explicit tables too).</summary>
    public static string? FixedClosure(DateOnly date) => (date.Month, date.Day) switch
    {
        (1, 1) => "신정",
        (3, 1) => "삼일절",
        (5, 1) => "근로자의 날",
        (5, 5) => "어린이날",
        (6, 6) => "현충일",
        (8, 15) => "광복절",
        (10, 3) => "개천절",
        (10, 9) => "한글날",
        (12, 25) => "성탄절",
        (12, 31) => "연말 휴장일",
        _ => null,
    };

    private static Dictionary<DateOnly, string> Build()
    {
        var d = new Dictionary<DateOnly, string>();
        void Add(int y, int m, int day, string note) => d[new DateOnly(y, m, day)] = note;

        // 2024
        Add(2024, 2, 9, "설날 연휴");
        Add(2024, 2, 12, "설날 대체공휴일");
        Add(2024, 4, 10, "국회의원 선거일");
        Add(2024, 5, 6, "어린이날 대체공휴일");
        Add(2024, 5, 15, "부처님오신날");
        Add(2024, 9, 16, "추석 연휴");
        Add(2024, 9, 17, "추석");
        Add(2024, 9, 18, "추석 연휴");
        Add(2024, 10, 1, "국군의 날 임시공휴일");

        // 2025
        Add(2025, 1, 27, "임시공휴일");
        Add(2025, 1, 28, "설날 연휴");
        Add(2025, 1, 29, "설날");
        Add(2025, 1, 30, "설날 연휴");
        Add(2025, 3, 3, "삼일절 대체공휴일");
        Add(2025, 5, 6, "대체공휴일");
        Add(2025, 6, 3, "대통령 선거일");
        Add(2025, 10, 6, "추석");
        Add(2025, 10, 7, "추석 연휴");
        Add(2025, 10, 8, "추석 대체공휴일");

        // 2026
        Add(2026, 2, 16, "설날 연휴");
        Add(2026, 2, 17, "설날");
        Add(2026, 2, 18, "설날 연휴");
        Add(2026, 3, 2, "삼일절 대체공휴일");
        Add(2026, 5, 25, "부처님오신날 대체공휴일");
        Add(2026, 6, 3, "전국동시지방선거");
        Add(2026, 8, 17, "광복절 대체공휴일");
        Add(2026, 9, 24, "추석 연휴");
        Add(2026, 9, 25, "추석");
        Add(2026, 9, 28, "추석 대체공휴일");
        Add(2026, 10, 5, "개천절 대체공휴일");

        // 2027
        Add(2027, 2, 8, "설날 연휴");
        Add(2027, 2, 9, "설날 대체공휴일");
        Add(2027, 5, 13, "부처님오신날");
        Add(2027, 8, 16, "광복절 대체공휴일");
        Add(2027, 9, 14, "추석 연휴");
        Add(2027, 9, 15, "추석");
        Add(2027, 9, 16, "추석 연휴");
        Add(2027, 10, 4, "개천절 대체공휴일");
        Add(2027, 10, 11, "한글날 대체공휴일");
        Add(2027, 12, 27, "성탄절 대체공휴일");
        return d;
    }
}
