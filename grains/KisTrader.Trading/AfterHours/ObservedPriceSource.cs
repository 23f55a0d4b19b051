namespace KisTrader.Trading.AfterHours;

/// <summary>Where an observed after-hours price came from.</summary>
public enum ObservedPriceSource
{
    /// <summary>The latest single-price match of the day.</summary>
    Match,

    /// <summary>The indicative (expected) price, used before the first match of the day.</summary>
    Indicative,
}
