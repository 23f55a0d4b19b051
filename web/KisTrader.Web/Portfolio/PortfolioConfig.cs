using KisTrader.Trading.Screening.Selection;

namespace KisTrader.Web.Portfolio;

/// <summary>The strategy's portfolio settings (<c>Strategy:Screening:Allocation</c> and <c>…:Selection</c>).</summary>
/// <param name="SessionBudget">KRW one session's buys may spend.</param>
/// <param name="AllocationMode">Equal or ScoreWeighted.</param>
/// <param name="SelectedCount">Candidates selected for buying.</param>
/// <param name="BackupCount">Backups kept to replace a dropped selection.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record PortfolioConfig(decimal SessionBudget, AllocationMode AllocationMode, int SelectedCount, int BackupCount, string Source);
