using System.Collections.Immutable;
using System.Text.Json;
using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Scenario;

/// <summary>
/// A loaded scenario (README "## Scenario files"): calendar overrides and scripted symbols that overlay the synthetic
/// background (or replace it), plus fault schedules kept as raw JSON for the fault service. Prices are integer won.
/// </summary>
/// <param name="Name">Free text.</param>
/// <param name="Seed">Seed of the synthetic background (null: the configured seed).</param>
/// <param name="ReplaceUniverse">True: only the scripted symbols exist.</param>
/// <param name="HistoryStart">First date with data (null: the configured history start).</param>
/// <param name="Calendar">Calendar overrides (null: built-in calendar).</param>
/// <param name="Symbols">Scripted symbols.</param>
/// <param name="Faults">Fault schedule entries, exactly as written (parsed by the fault service).</param>
internal sealed record SimScenario(
    string Name,
    int? Seed,
    bool ReplaceUniverse,
    DateOnly? HistoryStart,
    ScenarioCalendar? Calendar,
    ImmutableArray<ScenarioSymbol> Symbols,
    ImmutableArray<JsonElement> Faults);

/// <summary>
/// Calendar overrides: extra closures, forced trading days and special-schedule days. UseBuiltIn false drops the built-in
/// KRX holidays and special days (weekends still close).
/// </summary>
internal sealed record ScenarioCalendar(
    bool UseBuiltIn,
    ImmutableArray<ScenarioHoliday> Holidays,
    ImmutableArray<DateOnly> TradingDays,
    ImmutableArray<ScenarioSpecialDay> Special);

internal sealed record ScenarioHoliday(DateOnly Date, string Note);

internal sealed record ScenarioSpecialDay(DateOnly Date, TimeOnly Open, TimeOnly Close, string Note);

/// <summary>
/// A scripted symbol. For an existing code, non-null facts replace the synthetic ones; a new code needs name and market.
/// <see cref="Price"/> is the walk's starting price (default: the first scripted day's open).
/// </summary>
internal sealed record ScenarioSymbol(
    string Code,
    string? Name,
    SimMarketId? Market,
    SimListingKind? Kind,
    string? Sector,
    long? ListedShares,
    int? FaceValue,
    bool? Halted,
    bool? Administrative,
    SimMarketWarning? Warning,
    int? Price,
    double? Volatility,
    double? DailyVolume,
    ImmutableArray<ScenarioDaily> Daily,
    ImmutableArray<ScenarioDay> Days);

/// <summary>A pinned daily history row (regular-session volume; optional closing-price session volume).</summary>
internal sealed record ScenarioDaily(DateOnly Date, int Open, int High, int Low, int Close, long Volume, int ClosingPriceVolume);

/// <summary>
/// A day scripted intraday: either 1-minute bars or second-level ticks (not both), optional auctions, closing-price
/// session volume and after-hours matches. Minutes without a bar or tick have no trades.
/// </summary>
internal sealed record ScenarioDay(
    DateOnly Date,
    ScenarioAuction? OpeningAuction,
    ImmutableArray<ScenarioBar> Bars,
    ImmutableArray<ScenarioTick> Ticks,
    ScenarioAuction? ClosingAuction,
    int ClosingPriceVolume,
    ImmutableArray<ScenarioAfterHours> AfterHours);

internal sealed record ScenarioAuction(int Price, long Volume);

/// <summary>
/// A scripted minute, stored exactly. Its prints are derived like synthetic ones, so the loader requires volumes that can
/// print every point: buy and sell each ≥ 3, or one of them 0 and the other ≥ 4 (or both 0 for a minute without trades).
/// </summary>
internal sealed record ScenarioBar(TimeOnly Time, int Open, int High, int Low, int Close, int BuyVolume, int SellVolume);

/// <summary>A scripted print (Side Buy or Sell).</summary>
internal sealed record ScenarioTick(TimeOnly Time, int Price, int Volume, SimSide Side);

/// <summary>A scripted after-hours match at an auction time (16:10, 16:20, …); volume 0 = no match.</summary>
internal sealed record ScenarioAfterHours(TimeOnly Time, int Price, long Volume);
