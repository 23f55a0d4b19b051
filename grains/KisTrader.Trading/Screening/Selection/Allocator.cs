using System.Collections.Immutable;
using System.Globalization;
using KisTrader.Trading.Options;

namespace KisTrader.Trading.Screening.Selection;

/// <summary>
/// Splits the session budget across the selected symbols and sizes buys (strategy.md §5). All amounts are whole won,
/// floored, so the sum never exceeds min(budget, orderable cash).
/// </summary>
public sealed class Allocator
{
    private readonly decimal _budget;
    private readonly AllocationMode _mode;

    public Allocator(AllocationOptions options)
    {
        OptionsValidation.ThrowIfInvalid(options, ScreeningOptions.Section + ":Allocation");
        _budget = options.SessionBudget;
        _mode = options.Mode;
    }

    /// <summary>
    /// Equal: each gets floor(spendable ÷ k). Score-weighted: each gets floor(spendable × score ÷ Σ scores), or the equal
    /// split when Σ scores is 0. Spendable = floor(min(budget, max(cash, 0))).
    /// </summary>
    public Allocation Allocate(IReadOnlyList<Candidate> selected, decimal orderableCash)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var cash = Math.Max(orderableCash, 0m);
        var spendable = decimal.Floor(Math.Min(_budget, cash));
        decimal scoreSum = 0;
        foreach (var c in selected)
        {
            scoreSum += c.Score;
        }

        var weighted = _mode == AllocationMode.ScoreWeighted && scoreSum > 0;
        var items = ImmutableArray.CreateBuilder<SymbolAllocation>(selected.Count);
        decimal total = 0;
        foreach (var c in selected)
        {
            var amount = weighted
                ? decimal.Floor(spendable * c.Score / scoreSum)
                : decimal.Floor(spendable / selected.Count);
            total += amount;
            items.Add(new SymbolAllocation(c.Code, c.Rank, c.Score, amount, c.Close > 0 ? Quantity(amount, c.Close) : 0));
        }

        return new Allocation(
            weighted ? AllocationMode.ScoreWeighted : AllocationMode.Equal,
            _budget,
            cash,
            spendable,
            CappedByCash: cash < _budget,
            FellBackToEqual: _mode == AllocationMode.ScoreWeighted && !weighted && selected.Count > 0,
            items.MoveToImmutable(),
            spendable - total);
    }

    /// <summary>floor(amount ÷ order price); 0 (skip the buy) when the amount does not buy one share.</summary>
    public static long Quantity(decimal amount, decimal orderPrice)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(orderPrice);
        return amount <= 0 ? 0 : (long)decimal.Floor(amount / orderPrice);
    }

    /// <summary>
    /// Sizes a buy at the moment of ordering: spendable = min(allocated, orderable cash), quantity = floor(spendable ÷
    /// price), further reduced so that quantity × price × (1 + commission rate) never exceeds the orderable cash.
    /// A quantity of 0 means skip, with the reason.
    /// </summary>
    public static BuySize Size(decimal allocatedAmount, decimal orderPrice, decimal orderableCash, decimal commissionRate = 0m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(orderPrice);
        ArgumentOutOfRangeException.ThrowIfNegative(commissionRate);
        var cash = Math.Max(orderableCash, 0m);
        var spendable = Math.Min(Math.Max(allocatedAmount, 0m), cash);
        var quantity = Quantity(spendable, orderPrice);
        var byCash = (long)decimal.Floor(cash / (orderPrice * (1 + commissionRate)));
        quantity = Math.Min(quantity, byCash);
        if (quantity > 0)
        {
            return new BuySize(quantity, spendable, quantity * orderPrice, null);
        }

        var reason = allocatedAmount <= 0
            ? "nothing is allocated"
            : cash < orderPrice * (1 + commissionRate) && allocatedAmount >= orderPrice
                ? $"orderable cash {W(cash)} does not buy one share at {W(orderPrice)}"
                : $"amount {W(spendable)} does not buy one share at {W(orderPrice)}";
        return new BuySize(0, spendable, 0m, reason);
    }

    private static string W(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture) + " KRW";
}
