namespace KisTrader.Trading.Screening.Selection;

/// <summary>The size of one buy order (strategy.md §5): quantity = floor(min(allocated, orderable cash) ÷ order price).</summary>
/// <param name="Quantity">Shares to buy; 0 means skip the buy.</param>
/// <param name="Spendable">min(allocated amount, orderable cash) that was divided.</param>
/// <param name="Cost">Quantity × order price (before commission).</param>
/// <param name="SkipReason">Why the buy is skipped, when <paramref name="Quantity"/> is 0; null otherwise.</param>
public sealed record BuySize(long Quantity, decimal Spendable, decimal Cost, string? SkipReason)
{
    /// <summary>True when the buy must be skipped.</summary>
    public bool Skip => Quantity == 0;
}
