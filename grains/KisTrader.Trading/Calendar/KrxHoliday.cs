namespace KisTrader.Trading.Calendar;

/// <summary>One weekday on which KRX does not trade.</summary>
/// <param name="Date">The KST date.</param>
/// <param name="Name">The Korean name, as on KRX's calendar (e.g. "추석", "삼일절 대체공휴일").</param>
/// <param name="EnglishName">An English name for logs and non-Korean users.</param>
/// <param name="Kind">What kind of holiday it is.</param>
public sealed record KrxHoliday(DateOnly Date, string Name, string EnglishName, KrxHolidayKind Kind);
