namespace KisTrader.Trading.Risk;

/// <summary>The refusal codes of the gates (the order's <c>MessageCode</c> and the journal's alert code).</summary>
public static class RiskCodes
{
    /// <summary>Kill switch "halt entries" or "flatten": no buys.</summary>
    public const string KillSwitch = "kill-switch";

    /// <summary>An unexplained reconciliation difference halts new entries.</summary>
    public const string ReconciliationHalt = "reconciliation-halt";

    /// <summary>The symbol is halted by the account (e.g. an ambiguous order): no orders for it.</summary>
    public const string SymbolHalted = "symbol-halted";

    /// <summary>Quantity not positive.</summary>
    public const string Quantity = "quantity";

    /// <summary>Limit price missing, not positive, or off the tick grid; a price on a market order.</summary>
    public const string TickGrid = "tick-grid";

    /// <summary>Outside the daily ±30% limits.</summary>
    public const string PriceLimit = "price-limit";

    /// <summary>An after-hours single-price order outside ±10% of the day's close.</summary>
    public const string AfterHoursBand = "after-hours-band";

    /// <summary>No session accepts this order type now (or the date is no trading day).</summary>
    public const string SessionWindow = "session-window";

    /// <summary>The session open now takes another order type (after hours: 07 only; regular: no 07).</summary>
    public const string OrderType = "order-type";

    /// <summary>The order was meant for another session date.</summary>
    public const string TradingDate = "trading-date";

    /// <summary>Trading in the symbol is halted (거래정지 / 임시정지).</summary>
    public const string Halted = "halted";

    /// <summary>A volatility interruption is in force.</summary>
    public const string Vi = "vi";

    /// <summary>No quote could be had: the gates that need it refuse (fail-closed).</summary>
    public const string NoQuote = "no-quote";

    /// <summary>No account figures could be had for a buy: refused (fail-closed).</summary>
    public const string NoAccount = "no-account";

    /// <summary>The day's realized loss reached the limit: no new entries.</summary>
    public const string DailyLoss = "daily-loss";

    /// <summary>The buy would take the symbol's position above the maximum.</summary>
    public const string PositionSize = "position-size";

    /// <summary>The buy costs more than the orderable cash.</summary>
    public const string OrderableCash = "orderable-cash";
}
