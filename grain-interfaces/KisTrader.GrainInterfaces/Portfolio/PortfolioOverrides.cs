using KisTrader.Trading.Screening.Selection;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// Run-time overrides of the strategy's portfolio settings (<c>Strategy:Screening:Allocation</c> and <c>…:Selection</c>);
/// null = the configured default. Validated, with the defaults they leave alone, by the strategy options' own rules.
/// </summary>
/// <param name="SessionBudget">KRW one session's buys may spend (whole won, 1 … 100,000,000,000).</param>
/// <param name="SelectedCount">Candidates selected for buying (1 … 100).</param>
/// <param name="BackupCount">Backups kept to replace a dropped selection (0 … 100).</param>
/// <param name="AllocationMode">Equal or ScoreWeighted.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PortfolioOverrides")]
public sealed record PortfolioOverrides(
    [property: Id(0)] decimal? SessionBudget = null,
    [property: Id(1)] int? SelectedCount = null,
    [property: Id(2)] int? BackupCount = null,
    [property: Id(3)] AllocationMode? AllocationMode = null)
{
    /// <summary>No override: every value is the configured default.</summary>
    public static PortfolioOverrides None { get; } = new();

    /// <summary>True when nothing is overridden.</summary>
    public bool IsEmpty => SessionBudget is null && SelectedCount is null && BackupCount is null && AllocationMode is null;
}
