namespace KisTrader.Trading.AfterHours;

/// <summary>What the after-hours feed shows for a symbol at a checkpoint. Non-positive prices mean "none" (KIS sends "0").</summary>
/// <param name="Code">The KRX symbol code.</param>
/// <param name="LastMatchPrice">The latest after-hours single-price match of the session day (시간외 단일가 체결가), or null before the first match.</param>
/// <param name="IndicativePrice">The indicative (expected) match price (예상체결가), or null.</param>
public sealed record AfterHoursObservation(string Code, decimal? LastMatchPrice, decimal? IndicativePrice);
