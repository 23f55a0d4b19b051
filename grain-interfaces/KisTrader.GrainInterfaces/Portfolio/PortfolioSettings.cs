using KisTrader.Trading.Screening.Selection;

namespace KisTrader.GrainInterfaces;

/// <summary>A complete set of portfolio settings (the configured defaults, or the effective values).</summary>
/// <param name="SessionBudget">KRW one session's buys may spend.</param>
/// <param name="SelectedCount">Candidates selected for buying.</param>
/// <param name="BackupCount">Backups kept to replace a dropped selection.</param>
/// <param name="AllocationMode">How the budget is split.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PortfolioSettings")]
public sealed record PortfolioSettings(
    [property: Id(0)] decimal SessionBudget,
    [property: Id(1)] int SelectedCount,
    [property: Id(2)] int BackupCount,
    [property: Id(3)] AllocationMode AllocationMode)
{
    /// <summary>These settings as overrides of every value (a session's snapshot: later default changes leave it alone).</summary>
    public PortfolioOverrides ToOverrides() => new(SessionBudget, SelectedCount, BackupCount, AllocationMode);
}
