namespace KisTrader.Trading.AfterHours;

/// <summary>A symbol on the session's watch list with its status.</summary>
/// <param name="Entry">What screening handed over.</param>
/// <param name="Status">Monitored, backup, dropped or bought.</param>
/// <param name="Allocation">KRW it may spend (a promoted backup inherits the dropped symbol's amount; 0 for an unused backup).</param>
/// <param name="Round">The screen it came from: 0 the session's screen, 1 the re-search. Ranks compare within a round.</param>
/// <param name="Replaces">For a promoted backup, the code it replaced.</param>
/// <param name="StatusAt">The checkpoint of the last status change, or null if unchanged since the start.</param>
/// <param name="Buy">The buy placed, when <see cref="WatchStatus.Bought"/>.</param>
public sealed record WatchedSymbol(
    WatchEntry Entry,
    WatchStatus Status,
    decimal Allocation,
    int Round = 0,
    string? Replaces = null,
    TimeOnly? StatusAt = null,
    AfterHoursBuy? Buy = null)
{
    /// <summary>The symbol code.</summary>
    public string Code => Entry.Code;

    /// <summary>True when it is evaluated at checkpoints (monitored or bought).</summary>
    public bool IsActive => Status is WatchStatus.Monitored or WatchStatus.Bought;
}
