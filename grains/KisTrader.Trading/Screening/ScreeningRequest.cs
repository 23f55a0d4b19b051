using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Trading.Screening;

/// <summary>The input of one screen.</summary>
/// <param name="Universe">Every listing of the day (codes must be unique).</param>
/// <param name="OrderableCash">The account's orderable cash (매수가능금액) at screening time, KRW: caps the allocation.</param>
public sealed record ScreeningRequest(IReadOnlyList<SymbolDayInput> Universe, decimal OrderableCash)
{
    /// <summary>The day's schedule; on special days it moves the late-session cutoff. Null = a normal day.</summary>
    public TradingDaySchedule? Schedule { get; init; }
}
