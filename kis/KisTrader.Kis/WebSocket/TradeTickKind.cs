namespace KisTrader.Kis.WebSocket;

/// <summary>Which feed a <see cref="TradeTick"/> came from.</summary>
public enum TradeTickKind
{
    /// <summary>H0STCNT0: regular-session (and auction) prints.</summary>
    Regular,

    /// <summary>H0STOUP0: after-hours single-price (시간외단일가) matches.</summary>
    AfterHours,

    /// <summary>H0STOAC0: after-hours indicative (expected) price, not a trade.</summary>
    AfterHoursExpected,
}
