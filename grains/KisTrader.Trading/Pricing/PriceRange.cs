namespace KisTrader.Trading.Pricing;

/// <summary>An inclusive price range on the tick grid (a daily limit or the after-hours band).</summary>
public readonly record struct PriceRange(decimal Lower, decimal Upper)
{
    public bool Contains(decimal price) => price >= Lower && price <= Upper;
}
