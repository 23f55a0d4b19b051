namespace KisTrader.Trading.AfterHours;

/// <summary>A symbol's standing against the current threshold (for checkpoint decisions and the live after-hours board).</summary>
/// <param name="Observed">The observed price and its source, or null when there is none.</param>
/// <param name="Change">(observed − close) ÷ close, or null without an observed price.</param>
/// <param name="IsSignal">True when the change is at or above the threshold (compared exactly, without division).</param>
/// <param name="IsDropCandidate">True when the change is at or below the backup drop trigger.</param>
public sealed record AfterHoursAssessment(ObservedPrice? Observed, decimal? Change, bool IsSignal, bool IsDropCandidate);
