namespace KisTrader.Web.Portfolio;

/// <summary>
/// <c>PUT /api/portfolio/config</c>: the account's overrides, replaced whole (a field left out or null follows the
/// configured default; every field null = back to the defaults), and why (journaled with the key's name).
/// </summary>
/// <param name="SessionBudget">KRW, a whole number from 1 to 100,000,000,000.</param>
/// <param name="SelectedCount">1 … 100; with the backups at most <c>Strategy:Screening:Adjustment:MaxCandidates</c>.</param>
/// <param name="BackupCount">0 … 100.</param>
/// <param name="AllocationMode"><c>Equal</c> or <c>ScoreWeighted</c>.</param>
/// <param name="Reason">Why (1 to 200 characters).</param>
internal sealed record PortfolioConfigRequest(decimal? SessionBudget, int? SelectedCount, int? BackupCount, string? AllocationMode, string? Reason);
