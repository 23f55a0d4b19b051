using KisTrader.Trading.Calendar;

namespace KisTrader.Trading.Risk;

/// <summary>Everything the gates judge an order by. A missing input refuses the gates that need it (fail-closed).</summary>
/// <param name="Order">The order.</param>
/// <param name="At">The instant it is about to be sent.</param>
/// <param name="Sessions">The KRX sessions of the KST date of <paramref name="At"/>, or null when that date is no trading day.</param>
/// <param name="Quote">The symbol's quote, or null when none could be had.</param>
/// <param name="Account">The account's cash and holding (needed for buys), or null when none could be had.</param>
/// <param name="RealizedPnLToday">The net P&amp;L of the trades closed today (negative: a loss).</param>
/// <param name="Switches">The kill switch, reconciliation halt and halted symbols.</param>
public sealed record RiskCheck(
    RiskOrder Order,
    DateTimeOffset At,
    TradingDaySessions? Sessions,
    RiskQuote? Quote,
    RiskAccount? Account,
    decimal RealizedPnLToday,
    RiskSwitches Switches);
