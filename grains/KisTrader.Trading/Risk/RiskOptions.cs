using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Risk;

/// <summary>
/// The account's risk limits (issue 10 "Safety"), independent of the strategy: checked before every order by
/// <see cref="RiskGates"/>. Section <c>KisTrader:Risk</c>; amounts in KRW.
/// </summary>
public sealed class RiskOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KisTrader:Risk";

    /// <summary>
    /// The largest value one symbol may reach with a buy: (shares held + shares bought) × the buy's price (a market
    /// buy is valued at the upper limit, as the broker reserves it). Default 10,000,000 (the default session budget).
    /// </summary>
    [Range(typeof(decimal), "1", "1000000000000", ParseLimitsInInvariantCulture = true)]
    public decimal MaxPositionKrw { get; set; } = 10_000_000m;

    /// <summary>
    /// New entries are refused once the day's realized net loss (closed trades whose last sell was today) reaches this.
    /// Default 1,000,000 (10% of the default budget).
    /// </summary>
    [Range(typeof(decimal), "1", "1000000000000", ParseLimitsInInvariantCulture = true)]
    public decimal MaxDailyLossKrw { get; set; } = 1_000_000m;

    /// <summary>
    /// Commission kept in reserve when a buy is checked against the orderable cash: amount × (1 + rate) must fit.
    /// Default 0.00015 (0.015%, strategy.md §8).
    /// </summary>
    [Range(typeof(decimal), "0", "0.01", ParseLimitsInInvariantCulture = true)]
    public decimal CommissionReserveRate { get; set; } = 0.00015m;

    /// <summary>
    /// Whether sells are refused too while the symbol is in a volatility interruption (VI). Default false: entries are
    /// refused during a VI, exits join its single-price auction (a forced exit must not wait).
    /// </summary>
    public bool RefuseExitsDuringVi { get; set; }

    /// <summary>
    /// Symbols the reconciliation leaves out (holdings the account keeps outside the strategy, e.g. a long-term position).
    /// Six-digit codes. Default none.
    /// </summary>
    public List<string> ReconciliationIgnoredSymbols { get; set; } = [];

    /// <summary>
    /// Whether the account's risk grain reconciles when it activates (architecture.md §2). Default true; tests that share
    /// one simulator account between unrelated cases may turn it off.
    /// </summary>
    public bool ReconcileOnActivation { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReconciliationIgnoredSymbols is null)
        {
            yield return new ValidationResult("is required (may be empty)", [nameof(ReconciliationIgnoredSymbols)]);
            yield break;
        }

        foreach (var code in ReconciliationIgnoredSymbols.Where(c => c is not { Length: 6 } || !c.All(char.IsAsciiDigit)))
        {
            yield return new ValidationResult($"'{code}' is not a six-digit KRX code", [nameof(ReconciliationIgnoredSymbols)]);
        }
    }
}
