namespace KisTrader.GrainInterfaces;

/// <summary>A symbol on the after-hours watch list.</summary>
/// <param name="Code">6-digit code.</param>
/// <param name="Name">Korean name.</param>
/// <param name="Rank">Rank in its screen (1 = best).</param>
/// <param name="Round">0 = the session's screen, 1 = the 17:00 re-search.</param>
/// <param name="IsBackup">True when the screen made it a backup.</param>
/// <param name="Status">"Monitored", "Backup", "Dropped" or "Bought".</param>
/// <param name="Close">The day's close.</param>
/// <param name="PreviousClose">The previous close (the day's ±30% limits).</param>
/// <param name="Allocation">KRW it may spend (0 for an unused backup).</param>
/// <param name="Replaces">For a promoted backup, the code it replaced.</param>
/// <param name="StatusAt">The checkpoint of its last status change, or null.</param>
/// <param name="BuyCheckpoint">The checkpoint of its buy, or null.</param>
/// <param name="BuyPrice">The buy's limit price, or null.</param>
/// <param name="BuyQuantity">The buy's quantity (0 when none).</param>
/// <param name="HandedToPosition">True once its position grain accepted the entry.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AfterHoursSymbolView")]
public sealed record AfterHoursSymbolView(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] int Rank,
    [property: Id(3)] int Round,
    [property: Id(4)] bool IsBackup,
    [property: Id(5)] string Status,
    [property: Id(6)] decimal Close,
    [property: Id(7)] decimal PreviousClose,
    [property: Id(8)] decimal Allocation,
    [property: Id(9)] string? Replaces,
    [property: Id(10)] TimeOnly? StatusAt,
    [property: Id(11)] TimeOnly? BuyCheckpoint,
    [property: Id(12)] decimal? BuyPrice,
    [property: Id(13)] long BuyQuantity,
    [property: Id(14)] bool HandedToPosition);
