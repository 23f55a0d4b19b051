namespace KisTrader.Trading.AfterHours;

/// <summary>One symbol's checkpoint decision, explaining itself for the journal, the statistics and the UI.</summary>
/// <param name="Code">The KRX symbol code.</param>
/// <param name="Rank">Its rank in its screen.</param>
/// <param name="Action">What to do.</param>
/// <param name="Close">The day's close.</param>
/// <param name="Observed">The observed price, or null (<see cref="AfterHoursAction.NoData"/>).</param>
/// <param name="Source">Match or indicative, or null.</param>
/// <param name="Change">(observed − close) ÷ close as a fraction, or null.</param>
/// <param name="Threshold">The threshold in force at this checkpoint.</param>
/// <param name="OrderPrice">For a buy (or a zero-quantity signal), the limit price; otherwise null.</param>
/// <param name="Quantity">For a buy, the shares to order; otherwise 0.</param>
/// <param name="PriceCapped">True when the price was capped at the band's upper limit.</param>
/// <param name="Replacement">For a drop, the backup promoted in its place, if any.</param>
/// <param name="Reason">A human-readable explanation.</param>
public sealed record AfterHoursDecision(
    string Code,
    int Rank,
    AfterHoursAction Action,
    decimal Close,
    decimal? Observed,
    ObservedPriceSource? Source,
    decimal? Change,
    decimal Threshold,
    decimal? OrderPrice,
    long Quantity,
    bool PriceCapped,
    string? Replacement,
    string Reason)
{
    /// <summary>The change in percent (2.5 for +2.5%), or null.</summary>
    public decimal? ChangePercent => Change * 100m;

    /// <summary>The KIS ORD_DVSN of the buy ("07", 시간외 단일가), or null when not a buy.</summary>
    public string? OrderDivision => Action == AfterHoursAction.Buy ? AfterHoursOrderPricer.OrderDivision : null;

    /// <summary>KRW committed by a buy (order price × quantity); 0 otherwise.</summary>
    public decimal Amount => Action == AfterHoursAction.Buy && OrderPrice is { } price ? price * Quantity : 0m;
}
