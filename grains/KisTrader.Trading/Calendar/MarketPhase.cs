namespace KisTrader.Trading.Calendar;

/// <summary>The KRX market phase at an instant (all boundaries shift on special-schedule days).</summary>
public enum MarketPhase
{
    /// <summary>No session: a closed date, before the pre-open or after the after-hours session.</summary>
    Closed,

    /// <summary>Opening single-price auction order intake (base 08:30–09:00).</summary>
    PreOpen,

    /// <summary>Continuous trading of the regular session (base 09:00–15:20).</summary>
    Regular,

    /// <summary>Closing single-price auction (장마감 동시호가, base 15:20–15:30).</summary>
    ClosingAuction,

    /// <summary>A gap without trading, e.g. between the close and the closing-price session (base 15:30–15:40).</summary>
    Break,

    /// <summary>After-close closing-price session (장후 시간외 종가, base 15:40–16:00): trades at the day's close only.</summary>
    ClosingPriceSession,

    /// <summary>After-hours single-price session (시간외 단일가, base 16:00–18:00): a match every 10 minutes.</summary>
    AfterHoursSinglePrice,
}
