namespace KisTrader.Trading.AfterHours;

/// <summary>The price an after-hours decision is taken on, and its source.</summary>
public readonly record struct ObservedPrice(decimal Price, ObservedPriceSource Source)
{
    /// <summary>
    /// The latest match when there is one; before the first match, the indicative price; otherwise none (no decision).
    /// </summary>
    public static ObservedPrice? Choose(AfterHoursObservation? observation) => observation switch
    {
        { LastMatchPrice: > 0m and var match } => new ObservedPrice(match, ObservedPriceSource.Match),
        { IndicativePrice: > 0m and var indicative } => new ObservedPrice(indicative, ObservedPriceSource.Indicative),
        _ => null,
    };
}
