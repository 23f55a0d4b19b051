using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>An account's risk state.</summary>
/// <param name="AccountKey">The account's grain key.</param>
/// <param name="Mode">The kill switch.</param>
/// <param name="ModeChangedBy">Who set <paramref name="Mode"/> last, or null when never changed.</param>
/// <param name="ModeReason">Why, or null.</param>
/// <param name="ModeChangedAt">When, or null.</param>
/// <param name="EntriesHaltedByReconciliation">True while an unexplained broker/journal difference halts new entries.</param>
/// <param name="ReconciliationDifference">That difference, spelled out (symbol, ours, broker's), or null.</param>
/// <param name="HaltedSymbols">Symbols halted (e.g. an ambiguous order outcome), with the reason code.</param>
/// <param name="OpenPositions">Keys of the positions that told the account they are open.</param>
/// <param name="UpdatedAt">When it last changed.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.RiskView")]
public sealed record RiskView(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] KillSwitchMode Mode,
    [property: Id(2)] string? ModeChangedBy,
    [property: Id(3)] string? ModeReason,
    [property: Id(4)] DateTimeOffset? ModeChangedAt,
    [property: Id(5)] bool EntriesHaltedByReconciliation,
    [property: Id(6)] string? ReconciliationDifference,
    [property: Id(7)] ImmutableDictionary<string, string> HaltedSymbols,
    [property: Id(8)] ImmutableArray<string> OpenPositions,
    [property: Id(9)] DateTimeOffset UpdatedAt)
{
    /// <summary>True when a new entry may be placed (kill switch active, no reconciliation halt).</summary>
    public bool EntriesAllowed => Mode == KillSwitchMode.Active && !EntriesHaltedByReconciliation;
}
