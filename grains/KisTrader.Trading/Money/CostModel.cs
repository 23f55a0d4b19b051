using KisTrader.Trading.Options;

namespace KisTrader.Trading.Money;

/// <summary>
/// Commission and tax on traded amounts (amount = price × quantity of one fill, in KRW). Fees are computed per fill;
/// a broker that aggregates an order's fills before rounding may differ by a won per extra fill.
/// </summary>
public sealed class CostModel
{
    private readonly decimal _commissionUnit;
    private readonly decimal _taxUnit;

    /// <summary>Throws <see cref="InvalidOptionsException"/> naming every invalid setting.</summary>
    public CostModel(CostOptions options)
    {
        OptionsValidation.ThrowIfInvalid(options, CostOptions.Section);
        CommissionRate = options.CommissionRate;
        SellTaxRate = options.SellTaxRate;
        _commissionUnit = options.CommissionRoundingUnit;
        _taxUnit = options.TaxRoundingUnit;
    }

    /// <summary>The model with the strategy's default costs.</summary>
    public static CostModel Default { get; } = new(new CostOptions());

    /// <summary>Commission per side as a fraction of the amount.</summary>
    public decimal CommissionRate { get; }

    /// <summary>Transaction tax on sells as a fraction of the amount.</summary>
    public decimal SellTaxRate { get; }

    /// <summary>The commission on a buy or sell amount, rounded down to the commission unit.</summary>
    public decimal Commission(decimal amount) => Floor(Checked(amount) * CommissionRate, _commissionUnit);

    /// <summary>The transaction tax on a sell amount, rounded down to the tax unit.</summary>
    public decimal Tax(decimal sellAmount) => Floor(Checked(sellAmount) * SellTaxRate, _taxUnit);

    /// <summary>What a buy costs in cash: amount + commission.</summary>
    public decimal NetBuyCost(decimal amount) => amount + Commission(amount);

    /// <summary>What a sell brings in cash: amount − commission − tax.</summary>
    public decimal NetSellProceeds(decimal amount) => amount - SellCosts(amount);

    /// <summary>Everything a sell costs: commission + tax.</summary>
    public decimal SellCosts(decimal amount) => Commission(amount) + Tax(amount);

    private static decimal Floor(decimal value, decimal unit) => Math.Floor(value / unit) * unit;

    private static decimal Checked(decimal amount) =>
        amount >= 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, "an amount must not be negative");
}
