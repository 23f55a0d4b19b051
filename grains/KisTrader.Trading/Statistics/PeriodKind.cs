namespace KisTrader.Trading.Statistics;

/// <summary>The span a performance summary covers.</summary>
public enum PeriodKind
{
    /// <summary>One session date.</summary>
    Day,

    /// <summary>One ISO 8601 week (Monday–Sunday), labelled like "2026-W48".</summary>
    Week,

    /// <summary>One calendar month, labelled like "2026-11".</summary>
    Month,

    /// <summary>Everything given.</summary>
    Overall,
}
