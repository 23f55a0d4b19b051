namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// Extra market queries used by the quotation endpoints (kept apart from <see cref="ISimMarket"/> so implementations of the
/// core contract, e.g. test fakes, need not provide them). Implemented by <see cref="SimMarket"/>.
/// </summary>
internal interface ISimMarketStatistics : ISimMarket
{
    /// <summary>The last trading day of the simulator's calendar (Market:CalendarYears after the history start).</summary>
    DateOnly LastTradingDay { get; }
}
