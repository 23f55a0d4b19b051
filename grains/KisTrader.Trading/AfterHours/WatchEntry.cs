namespace KisTrader.Trading.AfterHours;

/// <summary>
/// A symbol handed from screening to the after-hours phase: a selected symbol or a backup (strategy.md §5).
/// </summary>
/// <param name="Code">The KRX symbol code.</param>
/// <param name="Rank">1-based rank in its screen (lower is better); backups are promoted best rank first.</param>
/// <param name="Close">The day's close: the reference of the change and of the ±10% after-hours band.</param>
/// <param name="PreviousClose">The previous close: the reference of the day's ±30% limits, which the band never exceeds.</param>
/// <param name="IsBackup">True for a backup, monitored only once it replaces a dropped symbol.</param>
/// <param name="AllocatedAmount">KRW to spend on the symbol. Ignored for a backup: a promoted backup takes over the amount of the symbol it replaces.</param>
public sealed record WatchEntry(string Code, int Rank, decimal Close, decimal PreviousClose, bool IsBackup, decimal AllocatedAmount);
