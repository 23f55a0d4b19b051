namespace KisTrader.Grains.Storage.AfterHours;

/// <summary>One symbol's observation and decision at a checkpoint (journal.after_hours_observations).</summary>
/// <param name="Code">6-digit code.</param>
/// <param name="ObservedPrice">The observed price, or null.</param>
/// <param name="PriceSource">"Match" or "Indicative" and where from ("Match/Feed", "Indicative/Rest"), or null.</param>
/// <param name="ChangeRatio">(observed − close) ÷ close, or null.</param>
/// <param name="Action">The planner's action name.</param>
/// <param name="Note">The planner's explanation.</param>
public sealed record AfterHoursObservationRecord(string Code, decimal? ObservedPrice, string? PriceSource, decimal? ChangeRatio, string Action, string Note);
