namespace KisTrader.Kis.RateLimiting;

/// <summary>
/// Priority lanes of the REST budget, highest first: when permits are scarce, orders and cancels go before exit checks,
/// exit checks before position/account queries, and screening gets what is left (architecture.md §2).
/// </summary>
public enum KisLane
{
    /// <summary>order-cash, order-rvsecncl.</summary>
    Orders = 0,

    /// <summary>Quotes that decide whether to exit an open position.</summary>
    ExitChecks = 1,

    /// <summary>Balance, executions, buying power, cancelable orders.</summary>
    Account = 2,

    /// <summary>Screening, charts, rankings, calendars.</summary>
    Screening = 3,
}
