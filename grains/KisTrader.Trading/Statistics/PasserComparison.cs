namespace KisTrader.Trading.Statistics;

/// <summary>Average next-day return of selected vs. unselected passers: does the ranking add value?</summary>
/// <param name="SelectedCount">Selected passer outcomes.</param>
/// <param name="SelectedAverage">Their mean next-day return; null when none.</param>
/// <param name="UnselectedCount">Unselected passer outcomes.</param>
/// <param name="UnselectedAverage">Their mean next-day return; null when none.</param>
public sealed record PasserComparison(int SelectedCount, decimal? SelectedAverage, int UnselectedCount, decimal? UnselectedAverage)
{
    /// <summary>Selected minus unselected average; null unless both exist.</summary>
    public decimal? Difference => SelectedAverage - UnselectedAverage;
}
