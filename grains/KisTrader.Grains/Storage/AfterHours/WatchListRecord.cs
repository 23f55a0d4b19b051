namespace KisTrader.Grains.Storage.AfterHours;

/// <summary>A symbol's row of journal.watch_list (current state, upserted).</summary>
/// <param name="TradingDate">The Day-1 session date.</param>
/// <param name="Code">6-digit code.</param>
/// <param name="Name">Korean name.</param>
/// <param name="Role">"Selected", "Backup" or "Research".</param>
/// <param name="Rank">Rank in its screen.</param>
/// <param name="Close">The day's close.</param>
/// <param name="AllocatedAmount">KRW it may spend.</param>
/// <param name="Status">Monitored, Backup, Dropped or Bought.</param>
/// <param name="SourceRunId">The screening run it came from (null for the re-search, which has no run row).</param>
/// <param name="At">When it was added or last changed.</param>
public sealed record WatchListRecord(
    DateOnly TradingDate,
    string Code,
    string Name,
    string Role,
    int Rank,
    decimal Close,
    decimal AllocatedAmount,
    string Status,
    Guid? SourceRunId,
    DateTimeOffset At);
