using System.Collections.Immutable;

namespace KisTrader.Trading.Screening.Selection;

/// <summary>
/// The split of the session budget across the selected symbols (strategy.md §5). Spendable = min(budget, orderable
/// cash), floored to whole won; the cash cap therefore scales every amount by the same rule as the budget would
/// (equal shares of the smaller total, or score shares of it). Amounts are floored to whole won; the remainder is
/// <see cref="Unallocated"/> and is never spent.
/// </summary>
/// <param name="Mode">The split used (<see cref="AllocationMode.Equal"/> when score weighting fell back).</param>
/// <param name="SessionBudget">The configured budget.</param>
/// <param name="OrderableCash">The orderable cash at screening time (negative treated as 0).</param>
/// <param name="Spendable">min(budget, cash) in whole won.</param>
/// <param name="CappedByCash">True when the cash was below the budget.</param>
/// <param name="FellBackToEqual">True when score weighting was asked for but every score was 0.</param>
/// <param name="Items">One entry per selected symbol, in rank order.</param>
/// <param name="Unallocated">Spendable − Σ amounts (rounding remainder, or everything when nothing is selected).</param>
public sealed record Allocation(
    AllocationMode Mode,
    decimal SessionBudget,
    decimal OrderableCash,
    decimal Spendable,
    bool CappedByCash,
    bool FellBackToEqual,
    ImmutableArray<SymbolAllocation> Items,
    decimal Unallocated)
{
    /// <summary>The amount for a code, or 0 when it is not selected (a backup takes over the amount of the symbol it replaces).</summary>
    public decimal AmountFor(string code)
    {
        foreach (var item in Items)
        {
            if (item.Code == code)
            {
                return item.Amount;
            }
        }

        return 0m;
    }
}
