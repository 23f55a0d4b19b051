using System.ComponentModel.DataAnnotations;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Statistics;

namespace KisTrader.Trading.Options;

/// <summary>
/// Every strategy number of strategy.md, section <c>Strategy</c>: one property per sub-section. Hosts bind it once,
/// validate it at start-up (<see cref="Validate"/>; each failure names its full configuration path, e.g.
/// <c>Strategy:Exits:StopLoss</c>) and build the rule objects from it. Defaults equal strategy.md.
/// </summary>
public sealed class StrategyOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Strategy";

    /// <summary>KRX calendar and session times (§0), <c>Strategy:Calendar</c>.</summary>
    public CalendarOptions Calendar { get; set; } = new();

    /// <summary>Tick grid and price limits (§8), <c>Strategy:PriceGrid</c>.</summary>
    public PriceGridOptions PriceGrid { get; set; } = new();

    /// <summary>Commission and tax (§8), <c>Strategy:Costs</c>.</summary>
    public CostOptions Costs { get; set; } = new();

    /// <summary>Universe, conditions, scoring, adjustment, selection, allocation (§1–§5), <c>Strategy:Screening</c>.</summary>
    public ScreeningOptions Screening { get; set; } = new();

    /// <summary>After-hours decisions (§6), <c>Strategy:AfterHours</c>.</summary>
    public AfterHoursOptions AfterHours { get; set; } = new();

    /// <summary>Holding-phase exits (§7), <c>Strategy:Exits</c>.</summary>
    public ExitOptions Exits { get; set; } = new();

    /// <summary>Performance statistics (§9), <c>Strategy:Performance</c>.</summary>
    public PerformanceOptions Performance { get; set; } = new();

    /// <summary>Every failure of the whole tree, each prefixed with its configuration path; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => OptionsValidation.Validate(this, Section);

    /// <summary>Throws <see cref="InvalidOptionsException"/> listing every failure, or returns this instance.</summary>
    public StrategyOptions ThrowIfInvalid() => OptionsValidation.ThrowIfInvalid(this, Section);

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        (string Name, object? Value)[] sections =
        [
            (nameof(Calendar), Calendar), (nameof(PriceGrid), PriceGrid), (nameof(Costs), Costs), (nameof(Screening), Screening),
            (nameof(AfterHours), AfterHours), (nameof(Exits), Exits), (nameof(Performance), Performance),
        ];
        foreach (var (name, _) in sections.Where(s => s.Value is null))
        {
            yield return new ValidationResult("is required", [name]);
        }
    }
}
