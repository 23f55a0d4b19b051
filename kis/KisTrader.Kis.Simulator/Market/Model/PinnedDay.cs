namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>A daily row fixed by a scenario (from its daily history or derived from its scripted intraday day).</summary>
/// <param name="Open">Opening price.</param>
/// <param name="High">Pinned high (null: whatever the intraday path makes).</param>
/// <param name="Low">Pinned low.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Regular-session volume.</param>
/// <param name="ClosingPriceVolume">Closing-price session volume.</param>
/// <param name="AfterHoursTarget">Last after-hours match ÷ close − 1 (0 when none scripted).</param>
/// <param name="HasIntraday">True when the scenario scripts the day's bars or ticks.</param>
internal readonly record struct PinnedDay(
    int Open,
    int? High,
    int? Low,
    int Close,
    long Volume,
    int ClosingPriceVolume,
    float AfterHoursTarget,
    bool HasIntraday);
