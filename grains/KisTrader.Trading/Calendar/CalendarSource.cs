namespace KisTrader.Trading.Calendar;

/// <summary>
/// Which layer decided whether a date is a trading day. Precedence, highest first: configuration, broker, built-in.
/// </summary>
public enum CalendarSource
{
    /// <summary>Weekends, the built-in KRX holiday table, or (outside the table's years) the fixed-date rules.</summary>
    BuiltIn,

    /// <summary>The broker's answer (<see cref="KrxCalendar.WithBrokerDays"/>).</summary>
    Broker,

    /// <summary>An operator override (<c>Strategy:Calendar:ExtraHolidays</c> / <c>RemovedHolidays</c>).</summary>
    Configuration,
}
