namespace KisTrader.Trading.Calendar;

/// <summary>The kind of a KRX market holiday.</summary>
public enum KrxHolidayKind
{
    /// <summary>A public holiday under 공휴일에 관한 법률 / 관공서의 공휴일에 관한 규정.</summary>
    PublicHoliday,

    /// <summary>A substitute holiday (대체공휴일) for a public holiday that fell on a weekend or another holiday.</summary>
    SubstituteHoliday,

    /// <summary>An election day (선거일), a public holiday.</summary>
    ElectionDay,

    /// <summary>A temporary holiday designated by the government (임시공휴일).</summary>
    TemporaryHoliday,

    /// <summary>Labor Day (근로자의 날, from 2026 노동절, May 1): KRX is closed although it was not a public holiday.</summary>
    LaborDay,

    /// <summary>The year-end closing day (연말 휴장일).</summary>
    YearEndClosing,
}
