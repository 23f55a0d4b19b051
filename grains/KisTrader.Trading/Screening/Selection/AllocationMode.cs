namespace KisTrader.Trading.Screening.Selection;

/// <summary>How the session budget is split across the selected symbols.</summary>
public enum AllocationMode
{
    /// <summary>Equal amounts (the default).</summary>
    Equal,

    /// <summary>Proportional to each symbol's score (falls back to equal when every score is 0).</summary>
    ScoreWeighted,
}
